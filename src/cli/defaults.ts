/**
 * Default values of options, in a module of their own: the registry shows
 * them in help text and the commands apply them, and neither may import the
 * other (the registry must load no command code).
 */
export const DEFAULT_SEARCH_LIMIT = 10;
export const DEFAULT_CONTEXT = 2;
export const DEFAULT_KWIC_WIDTH = 40;
export const DEFAULT_RELATED_LIMIT = 10;
export const DEFAULT_CONFLICTS_LIMIT = 10;
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
