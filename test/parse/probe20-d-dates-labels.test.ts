/**
 * Probe 20 (d), second pass: news pages in Thai, Hindi, Tamil and Georgian.
 * Their datelines write the day in their own digits, month names and era
 * (Thai: the Buddhist era, 543 years ahead), and their interviews label
 * questions and answers with their own words for "question" and "answer".
 */
import { describe, expect, it } from 'vitest';
import { fixtureCorpus, tempCorpus } from '../helpers.js';

function records(name: string, text: string) {
  return fixtureCorpus(tempCorpus({ [name]: text })).records;
}

describe('a dateline in Thai, Hindi, Georgian or under a Tamil byline dates the page (D3)', () => {
  it('Thai: Thai digits, a Thai month, a Buddhist-era year', () => {
    const text = [
      'หน้าแรก | ข่าว | กีฬา',
      '',
      'ทีมชาติไทยเตรียมพร้อมศึกชิงแชมป์อาเซียน',
      '',
      'โดย สมชาย ใจดี',
      'วันอังคารที่ ๓ มิถุนายน พ.ศ. ๒๕๖๘ เวลา ๐๘:๑๕ น.',
      '',
      'นายวีระ ทองดี ผู้จัดการทีม เปิดเผยว่า นักเตะทุกคนพร้อมลงสนามแล้ว และตั้งเป้าคว้าแชมป์ในปี ๒๕๖๙ ให้ได้',
      '',
    ].join('\n');
    const rs = records('th-sport.txt', text);
    expect(rs.every((r) => r.date === '2025-06-03' && r.year === 2025)).toBe(true);
    expect(rs.find((r) => r.text.includes('ตั้งเป้า'))!.years).toEqual([2026]);
  });

  it('Thai in other words: a short month, Gregorian digits in the text', () => {
    const text = [
      'ตลาดหุ้นไทยปิดบวก',
      '',
      '๒๑ ก.พ. ๒๕๖๗ ๑๗:๓๐ น.',
      '',
      'นักวิเคราะห์ระบุว่า ดัชนีฟื้นตัวจากจุดต่ำสุดเมื่อเดือนมกราคม ๒๕๖๗ และคาดว่าจะทรงตัวจนถึงปี 2025',
      '',
    ].join('\n');
    const rs = records('th-stocks.txt', text);
    expect(rs[0]!.date).toBe('2024-02-21');
    expect(rs.find((r) => r.text.includes('นักวิเคราะห์'))!.years).toEqual([2024, 2025]);
  });

  it('Hindi: Devanagari digits and a Hindi month; years in Devanagari digits are read', () => {
    const text = [
      'होम  देश  विदेश  खेल  मनोरंजन  ई-पेपर',
      '',
      'किसानों के लिए नई योजना का ऐलान: कृषि मंत्री',
      '',
      'लखनऊ, ५ जुलाई २०२४',
      'लेखक: अनीता शर्मा',
      '',
      'राज्य सरकार ने २०२६ तक हर गांव में सिंचाई पहुंचाने का लक्ष्य रखा है। मंत्री ने यह घोषणा आज की।',
      '',
    ].join('\n');
    const rs = records('hi-farm.txt', text);
    expect(rs.every((r) => r.date === '2024-07-05')).toBe(true);
    expect(rs.find((r) => r.text.includes('सिंचाई'))!.years).toEqual([2026]);
  });

  it('Hindi in other words: another spelling of the month', () => {
    const text = [
      'शहर में मेट्रो का दूसरा चरण शुरू',
      '',
      'पटना, २९ सितम्बर २०२३ (अपडेटेड: ३० सितम्बर २०२३)',
      '',
      'नगर निगम के अनुसार नई लाइन पर रोज़ पचास हज़ार यात्री सफर करेंगे। काम २०१९ में शुरू हुआ था।',
      '',
    ].join('\n');
    expect(records('hi-metro.txt', text)[0]!.date).toBe('2023-09-29');
  });

  it('Georgian: a Georgian month, nominative or genitive', () => {
    const text = [
      'მთავარი  პოლიტიკა  სპორტი  კულტურა',
      '',
      'თბილისში ახალი ბიბლიოთეკა გაიხსნა',
      '',
      '3 მარტი 2025, 10:05',
      '',
      'ბიბლიოთეკის დირექტორმა განაცხადა, რომ შენობაში ორმოცდაათი ათასი წიგნი იქნება განთავსებული.',
      '',
    ].join('\n');
    expect(records('ka-library.txt', text)[0]!.date).toBe('2025-03-03');
    const genitive = text.replace('3 მარტი 2025', '21 დეკემბრის 2023');
    expect(records('ka-library2.txt', genitive)[0]!.date).toBe('2023-12-21');
  });

  it('a byline whose fields say when the page was published and updated (Tamil, English)', () => {
    const tamil = [
      'விளையாட்டு',
      '',
      'கபடி போட்டியில் தமிழக அணி வெற்றி',
      '',
      'By ம. சுந்தரம் | Published On : 12th March 2023 06:10 PM | Last Updated : 13th March 2023 07:00 AM',
      '',
      'மதுரையில் நடந்த இறுதிப் போட்டியில் தமிழக அணி கர்நாடக அணியை வென்றது. வீரர்கள் மகிழ்ச்சி அடைந்தனர்.',
      '',
    ].join('\n');
    expect(records('ta-kabaddi.txt', tamil)[0]!.date).toBe('2023-03-12');
    const english = [
      'Harbour cleanup draws hundreds of volunteers to the waterfront this weekend',
      '',
      'By K. L. Marsh | Published: 4 May 2022 09:00 AM | Updated: 5 May 2022 11:20 AM | Photos: Ann Lee, Tom Ray and the Harbour Trust volunteers',
      '',
      'More than four hundred volunteers pulled rubbish from the harbour on Saturday. The council thanked them.',
      '',
    ].join('\n');
    expect(records('harbour-cleanup.txt', english)[0]!.date).toBe('2022-05-04');
  });
});

describe('"question" and "answer" labels in Hindi, Tamil and Thai are sides of an interview, no speakers (D4)', () => {
  const interview = (intro: string, q: string, a: string, pairs: [string, string][]) =>
    [intro, '', ...pairs.flatMap(([question, answer]) => [`${q}: ${question}`, `${a}: ${answer}`, ''])].join('\n');

  it('Hindi: सवाल / जवाब', () => {
    const text = interview('खेल मंत्री से खास बातचीत में कई सवालों के जवाब मिले। पेश हैं मुख्य अंश:', 'सवाल', 'जवाब', [
      ['ओलंपिक की तैयारी कैसी है?', 'हमने ४० नए प्रशिक्षण केंद्र खोले हैं। खिलाड़ियों को हर सुविधा मिल रही है।'],
      ['सबसे बड़ी चुनौती क्या है?', 'गांवों तक कोच पहुंचाना। हम इस पर काम कर रहे हैं।'],
    ]);
    const qa = records('hi-sports-minister.txt', text).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(2);
    expect(qa.every((r) => r.speaker === null && r.asker === null)).toBe(true);
    expect(qa[0]!.question).toContain('ओलंपिक');
  });

  it('Tamil in other words: கேள்வி / பதில்', () => {
    const text = interview('நடிகை அளித்த சிறப்பு பேட்டியில் கூறியதாவது:', 'கேள்வி', 'பதில்', [
      ['உங்கள் அடுத்த படம் எப்போது?', 'அடுத்த மாதம் படப்பிடிப்பு தொடங்குகிறது. கதை மிகவும் வித்தியாசமானது.'],
      ['ரசிகர்களுக்கு என்ன சொல்ல விரும்புகிறீர்கள்?', 'அவர்களின் அன்புக்கு நன்றி. தொடர்ந்து ஆதரவு தாருங்கள்.'],
    ]);
    const qa = records('ta-actress.txt', text).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(2);
    expect(qa.every((r) => r.speaker === null)).toBe(true);
  });

  it('Thai: ถาม / ตอบ make question-and-answer records, not quotes by "ถาม" and "ตอบ"', () => {
    // each label a paragraph of its own, as the page sets them
    const text = interview('ผู้สื่อข่าวมีโอกาสสัมภาษณ์นักวิ่งมาราธอนถึงแผนการแข่งขันในปีหน้า', 'ถาม', 'ตอบ', [
      ['เตรียมตัวอย่างไรบ้าง', 'ซ้อมวิ่งทุกเช้าวันละสองชั่วโมงครับ และพักผ่อนให้เพียงพอ'],
      ['เป้าหมายต่อไปคืออะไร', 'อยากติดทีมชาติไปแข่งเอเชียนเกมส์ครับ'],
      ['ชอบกินอะไรก่อนแข่ง', 'ข้าวต้มครับ ย่อยง่าย'],
    ]).replace(/\nตอบ:/g, '\n\nตอบ:');
    const rs = records('th-marathon.txt', text);
    expect(rs.filter((r) => r.type === 'qa')).toHaveLength(3);
    expect(rs.some((r) => r.speaker === 'ถาม' || r.speaker === 'ตอบ')).toBe(false);
  });
});

describe("the last answer ends where another person's paragraph and the page's footer begin (D5)", () => {
  const page = (q: string, a: string, pairs: [string, string][], after: string[]) =>
    [...pairs.flatMap(([question, answer]) => [`${q}: ${question}`, `${a}: ${answer}`, '']), ...after].join('\n');

  it('Hindi: a professor\'s view, a caption and related links under the interview', () => {
    const text = page('सवाल', 'जवाब', [
      ['आपकी कंपनी कब शुरू हुई?', 'हमने २०१८ में पुणे से शुरुआत की थी।'],
      ['अभी कितने ग्राहक हैं?', 'करीब बीस लाख ग्राहक हैं।'],
      ['आगे की योजना क्या है?', 'हम अगले साल दक्षिण भारत में पांच नए दफ्तर खोलेंगे।'],
    ], ['अर्थशास्त्री सुनीता राव का मानना है कि इस क्षेत्र में प्रतिस्पर्धा तेज़ी से बढ़ रही है।', '', '(फोटो: कंपनी का दफ्तर)', '', 'ये भी पढ़ें:', '• शेयर बाज़ार में तेज़ी', '• सोने के दाम गिरे', '']);
    const rs = records('hi-startup.txt', text);
    const last = rs.filter((r) => r.type === 'qa').pop()!;
    expect(last.text).not.toContain('सुनीता');
    expect(rs.some((r) => r.type !== 'qa' && r.text.includes('सुनीता राव'))).toBe(true);
  });

  it('Thai in other words: a scholar\'s comment and related news under the interview', () => {
    const text = page('ถาม', 'ตอบ', [
      ['ร้านเปิดมานานแค่ไหนแล้ว', 'สิบปีพอดีค่ะ'],
      ['ลูกค้าส่วนใหญ่เป็นใคร', 'นักท่องเที่ยวต่างชาติค่ะ'],
      ['จะขยายสาขาไหม', 'ปีหน้าจะเปิดที่ภูเก็ตค่ะ'],
    ].map(([q, a]) => [q, a] as [string, string]), ['ด้าน นายสมศักดิ์ ใจงาม นักวิชาการด้านการท่องเที่ยว ให้ความเห็นว่า ธุรกิจร้านอาหารยังเติบโตได้อีกมาก', '', 'ข่าวที่เกี่ยวข้อง', '- ราคาข้าวสารปรับขึ้น', '']).replace(/\nตอบ:/g, '\n\nตอบ:');
    const rs = records('th-restaurant.txt', text);
    const last = rs.filter((r) => r.type === 'qa').pop()!;
    expect(last.text).not.toContain('สมศักดิ์');
  });
});
