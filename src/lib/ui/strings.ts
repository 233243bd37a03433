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
  { href: '/quizzes/', label: 'Quizzes' },
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
  offlineNote: 'The lessons are saved on this device and work offline.',
  offlineLink: 'About offline use',
  minutes: (n: number) => `${n} min`,
  ages: (ages: string) => `Ages ${ages}`,
  moduleLabel: (n: number) => `Module ${n}`,
  practiceQuizzes: 'Practice quizzes',
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
  quiz: 'Practice quiz',
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

export const inspectorText = {
  regionLabel: 'Content Credentials inspector',
  waiting: (name: string) => `${name}: waiting…`,
  dropTitle: 'Drop files here, or choose files',
  dropHint: 'Images, video, audio or PDF. You can also paste an image. Files stay on this device.',
  chooseFiles: 'Choose files',
  fileInputLabel: 'Files to check for Content Credentials',
  samplesTitle: 'Or try a sample',
  samplesHint: 'Files chosen to show each kind of readout.',
  startingEngine: 'Starting the checker. This happens once and can take a few seconds…',
  reading: (name: string) => `Reading ${name}…`,
  cancel: 'Cancel',
  loadFailed: 'The checker could not be loaded. Check your connection and try again.',
  cancelled: (name: string) => `Stopped reading ${name}.`,
  done: (name: string) => `Readout ready for ${name}.`,
  clear: 'Clear all readouts',
  remove: 'Remove this readout',
  results: 'Readouts',
  privacy: 'Your files are read inside this browser tab. Nothing is uploaded.',
  trustTitle: 'Add a trust anchor for this session',
  trustHint:
    'Paste a certificate (PEM) to treat its signatures as recognized until you close this tab. Only do this for a certificate you have a reason to trust.',
  trustLabel: 'Certificate in PEM format',
  trustAdd: 'Use this certificate',
  trustCourse: 'Use the course test certificate',
  trustCourseHint:
    'The course sample files are signed with a TEST-ONLY certificate. Adding it shows what a recognized signer looks like.',
  trustRemove: 'Remove added certificates',
  trustAdded: (count: number) =>
    `${count} added ${count === 1 ? 'certificate' : 'certificates'} in use. Re-check a file to see the difference.`,
  trustInvalid: 'That does not look like a PEM certificate. It should start with -----BEGIN CERTIFICATE-----.',
  unsupportedKind: (kind: string) => `This looks like a ${kind.toLowerCase()}.`,
  strippedCredentials:
    'Its metadata says it once carried Content Credentials inside, but they are gone: an app or a re-save removed them.',
  fileErrors: {
    empty: 'This file is empty (0 bytes), so there is nothing to read.',
    tooLarge: 'This file is larger than 1 GB, the most the checker can read in a browser.',
    unsupported:
      'This is not a kind of file that can carry Content Credentials here. The checker reads JPEG, PNG, WebP, AVIF, HEIC, GIF, TIFF and SVG images, MP4 and MOV video, M4A, WAV and MP3 audio, and PDF.',
    timedOut:
      'Reading this file took far too long, so the checker stopped. The file may be damaged, or built in a way the checker cannot follow. Other files can still be checked.',
    engineFault:
      'The checker broke down while reading this file, which is probably damaged. It has been restarted, so other files can still be checked.',
  },
} as const;

/** Plain-language meaning of each C2PA Asset Rubrics signal, shown beside the rubric's own report text. */
export const signalExplanations: Record<string, string> = {
  blankCanvas: 'It was started from an empty canvas.',
  capturedMedia: 'Its credentials say it was captured by a camera or recorder.',
  capturedMediaStitched: 'It was captured by a camera and several shots were stitched together.',
  compositionMayContainGenAI: 'It was put together from parts, and some parts may have been made with generative AI.',
  fullyGenAIMedia: 'Its credentials say it was made entirely by generative AI.',
  mediaUnknownProvenance: 'Its credentials do not say where the original content came from.',
  nonGenAIDigitalCreation: 'It was made on a computer without generative AI, for example drawn or designed.',
  partlyGenAICreation: 'It was created partly with generative AI.',
  screenCaptureMayContainGenAI: 'It is a screenshot, so whatever was on screen, AI-made or not, may be in it.',
  ambiguousActions:
    'The tool did not promise that its list of changes is complete, so there may be changes that are not listed.',
  nonEditorial: 'It was changed only in ways that do not change what it shows, such as converting or resizing.',
  perceptibleGenAI: 'Generative AI was used to change it in a way you could see or hear.',
  perceptibleNonGenAI: 'It was changed in a way you could see or hear, without generative AI.',
  perceptiblePossiblyGenAI: 'It was changed in a way you could see or hear, possibly with generative AI.',
};

/** The words around a Content Credentials readout; the explanations themselves come from src/lib/provenance. */
export const readoutText = {
  readoutFor: (file: string) => `Readout for ${file}`,
  thumbnailAlt: 'Thumbnail stored in the credentials',
  remove: 'Remove',
  removeWhich: (file: string) => `the readout for ${file}`,
  madeWithAI: 'Made with AI?',
  signedBy: 'Signed by',
  when: 'When',
  with: 'With',
  title: 'Title',
  creator: 'Creator',
  conforming: (applicant: string) => `On the C2PA conforming products list (${applicant})`,
  problems: (count: number) => `Problems found (${count})`,
  actions: (count: number) => `What was done to it (${count})`,
  withTool: (tool: string) => `with ${tool}`,
  ingredients: (count: number) => `Ingredients: what it was made from (${count})`,
  ingredientStatus: {
    valid: 'Has its own intact credentials',
    invalid: 'Its own credentials are broken',
    none: 'Carried no credentials',
  },
  signedByName: (name: string) => `Signed by ${name}`,
  madeWith: (tool: string) => `Made with ${tool}`,
  labelQuestion: 'Would a platform label it “AI-generated”?',
  yes: 'Yes.',
  no: 'No.',
  labelRule:
    'This is the rule TikTok described in May 2024: read the Content Credentials and label content whose credentials say generative AI made it. A file without credentials gets no label, and that proves nothing: most real photos carry none, and a screenshot or re-upload removes them.',
  signals: (count: number) => `Signals from the C2PA Asset Rubrics (${count})`,
  noSignals: "None of the standard signals apply to this file's active manifest.",
  rubricSays: (text: string) => `Rubric: “${text}”`,
  signalsNote:
    'Signals are worked out with the official C2PA Asset Rubrics 1.0, which only read the current (version 2) format of actions.',
  trainingMining: 'AI training and data mining preferences',
  unsignedMetadata: 'Unsigned metadata: anyone can edit it',
  unsignedNote:
    'Cameras and apps also write EXIF, XMP and IPTC fields. Nothing signs them, so they are easy to change or fake.',
  technical: 'Technical details',
  activeManifest: 'Active manifest',
  manifestCount: 'Manifests in the file',
  validationState: 'Validation state',
  algorithm: 'Signature algorithm',
  claimGenerator: 'Claim generator',
  download: 'Download the manifest store (JSON)',
  showRaw: 'Show the raw manifest store',
} as const;
