/** Interface text of the verification workbench (module 10). */
import type { Confidence, ReportText, StepId, Verdict } from '../workbench/workbench';

const stepTitles: Record<StepId, string> = {
  provenance: 'Content Credentials',
  metadata: 'Metadata, and could it be forged?',
  'reverse-search': 'Reverse image search and keyframes',
  'where-when': 'Where and when clues',
  conclusion: 'Conclusion and confidence',
};

const verdictLabels: Record<Verdict, string> = {
  'as-claimed': 'The evidence supports the claim',
  'misleading-context': 'Real, but shown in a misleading context',
  'altered-or-generated': 'Altered or generated',
  'cannot-tell': "Can't tell yet",
};

const confidenceLabels: Record<Confidence, string> = {
  low: 'Low: a hunch, with little evidence',
  medium: 'Medium: some evidence, with gaps',
  high: 'High: several independent checks agree',
};

export const workbenchText = {
  regionLabel: 'Verification workbench',
  intro:
    'Open a sample or a file of your own, read what it carries, and work through the checklist. Your notes stay on this device.',
  samplesTitle: 'Samples to practise on',
  dropTitle: 'Open your own file',
  fileInputLabel: 'Choose a file to verify',
  dropHint: 'A photo, video, audio file or PDF. It is read in your browser and never uploaded.',
  privacy:
    'Nothing leaves this device: the file is read in your browser, and your notes are kept in this browser under the file name.',
  opened: (name: string) => `Opened ${name}.`,
  openedSaved: (name: string) => `Opened ${name}. Your saved notes for it are back.`,
  current: 'Verifying',
  fileMissing: (name: string) =>
    `Your notes for ${name} are saved. Open the file again to see its readout; the file itself is never stored.`,
  readoutTitle: 'What the file carries',
  readButton: 'Read its credentials and metadata',
  readHint: 'The credentials reader starts only when you ask, and runs inside your browser.',
  reading: (name: string) => `Reading ${name}…`,
  readDone: (name: string) => `Readout ready for ${name}. The credentials and metadata are shown side by side.`,
  readFailed: 'The reader could not be loaded. Check your connection to this site and try again.',
  credentialsTitle: 'Content Credentials (signed)',
  metadataTitle: 'Metadata (unsigned)',
  metadataNote:
    'None of this is signed. Anyone can change it with a free metadata editor, and many apps and websites remove it when a file is shared.',
  metadataNone:
    'No camera, date, software or location metadata was found. That is common: many apps and sites remove it, so its absence proves nothing.',
  whereWhenFlag: 'Where or when: compare with the claim',
  checklistTitle: 'Verification checklist',
  progress: (done: number, total: number) => `${done} of ${total} steps done`,
  stepTitles,
  guidance: {
    provenance: [
      'Ask for the readout above. Are there Content Credentials, and are they intact?',
      'Who signed them, and is the signer recognized? Do they say an AI tool made or changed the file?',
      'No credentials proves nothing either way: most files online have none.',
    ],
    metadata: [
      'Look at the camera, date, software and location. Does each one fit the claim and the person who says they took it?',
      'Could it be forged? Yes: unsigned metadata can be typed in by anyone. Treat it as a lead, not as proof.',
      'A missing date or location is normal, because many apps and sites strip metadata.',
    ],
    'reverse-search': [
      'This site never connects to other sites, so do this step yourself in another tab.',
      'Use the image search of a search engine: upload the picture or paste its web address. Only do this with pictures you are happy to share, never private photos of people.',
      'For a video, pause at a few key moments (keyframes), take a screenshot of each and search them one by one.',
      'Look for the oldest copy and who published it. Does what they say about what, where and when match the claim?',
    ],
    'where-when': [
      'Look for signs, shop names, languages, number plates, landmarks and the style of buildings. Do they fit the place the post claims?',
      'Check the weather, the season, the light and the length of shadows. Do they fit the date and time the post claims?',
      'Compare landmarks with maps or other photos of the same place.',
    ],
    conclusion: [
      'Sum up what the evidence shows about the claim, not just about the pixels.',
      'Choose a verdict and how sure you are. "Can\'t tell yet" is an honest answer when the evidence is thin.',
    ],
  } satisfies Record<StepId, string[]>,
  noteLabel: (step: string) => `Your notes: ${step}`,
  doneLabel: 'Done',
  doneFor: (step: string) => `Done: ${step}`,
  verdictLegend: 'Verdict',
  confidenceLegend: 'How sure are you?',
  verdicts: verdictLabels,
  confidences: confidenceLabels,
  reportTitle: 'Your verification report',
  reportHint: 'Copy it into a document, download it as a text file, or print it.',
  copy: 'Copy report',
  copied: 'Report copied.',
  copyFailed: 'Copying did not work here. Select the report text and copy it yourself.',
  download: 'Download as text',
  print: 'Print report',
  clear: 'Clear notes for this file',
  cleared: (name: string) => `Notes for ${name} cleared.`,
  closeFile: 'Close this file',
  report: {
    title: (fileName: string) => `Verification report: ${fileName}`,
    written: (date: string) => `Written on ${date} with the Look Closer verification workbench.`,
    stepTitles,
    credentials: 'Content Credentials',
    aiAnswer: 'Made with AI?',
    signer: 'Signed by',
    signedAt: 'Signed',
    tool: 'With',
    metadataNone: 'No camera, date, software or location metadata found.',
    noReadout: 'No readout recorded.',
    done: 'done',
    notDone: 'not done yet',
    notes: 'Notes',
    noNote: 'none',
    verdict: 'Verdict',
    confidence: 'Confidence',
    verdicts: verdictLabels,
    confidences: confidenceLabels,
    notChosen: 'not chosen yet',
    footer: 'Unsigned metadata can be forged; missing Content Credentials prove nothing.',
  } satisfies ReportText,
};
