/** Interface text shared by layouts and widgets. Lesson text lives in content/. */
import type { WidgetName } from '../content/module-schema';

export const site = {
  name: 'Look Closer',
  tagline: 'Learn to check AI-generated media and Content Credentials',
  description:
    'A free, open, interactive course on AI-generated media: how platforms label it, how to read Content Credentials, and how to check what you see before you share it.',
} as const;

export const nav = [
  { href: '/modules/', label: 'Modules' },
  { href: '/sandbox/', label: 'Sandbox' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/teach/', label: 'Teach' },
  { href: '/about/', label: 'About' },
] as const;

export const ui = {
  skipLink: 'Skip to content',
  mainNav: 'Main',
  menu: 'Menu',
  searchLabel: 'Search the course',
  searchPlaceholder: 'Search (press /)',
  searchButton: 'Search',
  themeToggle: 'Dark theme',
  footerNav: 'Site',
  minutes: (n: number) => `${n} min`,
  ages: (ages: string) => `Ages ${ages}`,
  moduleLabel: (n: number) => `Module ${n}`,
  previousModule: 'Previous module',
  nextModule: 'Next module',
  teacherGuide: 'Teacher guide',
  print: 'Print',
} as const;

export const checkText = {
  question: (index: number, total: number) => `Question ${index} of ${total}`,
  submit: 'Check answer',
  retryItem: 'Try this one again',
  retryAll: 'Start the check again',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  chooseFirst: 'Choose an answer first.',
  summary: (correct: number, total: number) => `You answered ${correct} of ${total} correctly.`,
  progress: (answered: number, total: number) => `${answered} of ${total} answered`,
} as const;

export const searchText = {
  label: 'Search modules, teacher guides and the glossary',
  placeholder: 'For example: deepfake, label, lateral reading',
  loading: 'Loading the search index…',
  unavailable:
    'Search is not available here: its index is made when the site is built (npm start builds it). Browse the modules instead.',
  empty: 'Type a word or two to search.',
  none: (query: string) => `No results for “${query}”. Try a shorter or different word.`,
  count: (n: number, query: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${query}”`,
  filterLabel: 'Show',
  allSections: 'Everything',
} as const;

/** How teachers see each interactive part named in a module's `widgets` list. */
export const widgetLabels: Record<WidgetName, string> = {
  'knowledge-check': 'Check for understanding',
  quiz: 'Real-or-AI quiz',
  'provenance-inspector': 'Content Credentials inspector',
  'label-check': 'Platform label check',
  'strip-lab': 'Credential strip lab',
  'scam-call': 'Scam-call scenario',
  'lateral-reading': 'Lateral-reading exercise',
  'feed-simulator': 'Feed simulator',
  'caption-match': 'Caption-matching exercise',
  'verification-workbench': 'Verification workbench',
  'signing-demo': 'Signing demo',
  'decision-tree': 'Decision tree',
};
