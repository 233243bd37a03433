/** Interface text of the deepfake-spotting quizzes. Items and explanations live in content/quiz-bank/. */
import type { Calibration, Detection } from '../quiz/summary';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export const quizText = {
  loading: 'Getting the quiz ready…',
  noScript: 'This quiz needs JavaScript. Everything else in the lesson works without it.',
  question: (index: number, total: number) => `Question ${index} of ${total}`,
  realOrAiPrompt: {
    image: 'Is this picture a photo of something real, or was it made by AI?',
    audio: 'Is this a recording of a real person speaking, or a voice made by AI?',
  },
  real: { image: 'Real photo', audio: 'Real voice' },
  ai: { image: 'Made by AI', audio: 'AI voice' },
  answerLegend: 'Your answer',
  transcript: 'What is said',
  confidenceLegend: 'How sure are you?',
  confidenceHint: '50% is a coin toss; 100% is certain.',
  confidence: (level: number) => `${level}%`,
  check: 'Check answer',
  next: 'Next question',
  seeResults: 'See your results',
  needAnswer: 'Choose an answer first.',
  needConfidence: 'Say how sure you are first.',
  needRegion: 'Click the part of the picture you think was changed, or choose it from the list.',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  itWas: (answer: 'real' | 'ai', kind: 'image' | 'audio') =>
    answer === 'ai'
      ? kind === 'audio'
        ? 'This voice was made by AI.'
        : 'This picture was made by AI.'
      : kind === 'audio'
        ? 'This is a recording of a real person.'
        : 'This is a real photo.',
  announce: (correct: boolean) => (correct ? 'Correct.' : 'Not quite.') + ' The explanation follows the question.',
  clues: 'What to look for',
  noClues: 'Nothing visible gives this one away, which is the lesson: check where it comes from instead.',
  origin: 'Where it comes from',
  credit: 'Credit',
  creditsPage: 'all credits',
  regions: {
    listLegend: 'Or choose a part from the list',
    yourClick: 'Your click',
    changed: 'The changed part',
    before: 'Before the change',
    after: 'After the change',
    clicked: (name: string) => `You picked: ${name}.`,
    clickedOutside: 'You clicked outside the named parts; choose one from the list or click again.',
    correctPart: (name: string) => `The changed part: ${name}.`,
  },
  order: {
    hint: 'Use the buttons to move each step up or down until the order makes sense.',
    up: (step: string) => `Move up: ${step}`,
    down: (step: string) => `Move down: ${step}`,
    moved: (step: string, position: number, total: number) => `“${step}” is now step ${position} of ${total}.`,
    rightPlace: 'In the right place',
    wrongPlace: (position: number) => `Belongs at step ${position}`,
  },
  readout: 'Content Credentials readout',
  zoom: {
    viewer: 'Picture viewer. When zoomed in, arrow keys move the picture; plus and minus zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Fit picture',
    level: (scale: number) => `${Math.round(scale * 100)}%`,
  },
  summary: {
    heading: 'Your results',
    score: (correct: number, total: number) =>
      `You answered ${correct} of ${total} correctly (${percent(correct, total)}%).`,
    detection: (d: Detection) =>
      `You caught ${d.fakesCaught} of ${d.fakes} made by AI and trusted ${d.realTrusted} of ${d.real} real ones.`,
    lean: (d: Detection) => {
      const judged = d.fakes + d.real;
      const share = percent(d.saidReal, judged);
      if (share > 60)
        return `You answered “real” ${d.saidReal} times out of ${judged}: like most people, you lean towards believing.`;
      if (share < 40)
        return `You answered “AI” ${judged - d.saidReal} times out of ${judged}: you lean towards doubting, which can make real evidence look fake.`;
      return `You answered “real” and “AI” about equally often (${d.saidReal} of ${judged} “real”).`;
    },
    calibrationHeading: 'How sure you were, and how often you were right',
    calibration: (kind: Calibration, meanConfidence: number, accuracy: number) => {
      const base = `On average you were ${meanConfidence}% sure and ${accuracy}% right.`;
      if (kind === 'overconfident')
        return `${base} You were more sure than right: slow down before trusting your eyes.`;
      if (kind === 'underconfident') return `${base} You were right more often than you thought.`;
      return `${base} Your confidence matched your accuracy well.`;
    },
    chartLabel: (meanConfidence: number, accuracy: number) =>
      `Chart of accuracy at each confidence level. Average confidence ${meanConfidence}%, accuracy ${accuracy}%. The same data follows as a table.`,
    axisConfidence: 'How sure you were',
    axisAccuracy: 'How often you were right',
    perfect: 'Perfectly calibrated',
    tableCaption: 'Accuracy at each confidence level',
    tableConfidence: 'Confidence',
    tableAnswered: 'Answers',
    tableRight: 'Right',
    research: 'How people did in the research',
    you: 'You, this time',
    review: 'Question by question',
    reviewItem: (index: number, correct: boolean) => `Question ${index}: ${correct ? 'correct' : 'not correct'}`,
    retry: 'Try again with new questions',
    saved: 'Your result is saved on this device, in My progress.',
  },
  resumed: (answered: number, total: number) => `Welcome back: you had answered ${answered} of ${total}.`,
} as const;

export const quizPageText = {
  indexTitle: 'Quizzes',
  indexDescription:
    'Real or AI? Which part was changed? Practise spotting AI-generated and altered media, and learn how sure you should be.',
  indexLede:
    'Each quiz teaches as you go: say how sure you are, see what gives each item away (or that nothing does), and compare your result with research on how people do.',
  eyebrow: 'Quiz',
  allQuizzes: 'All quizzes',
  questions: (count: number, pool: number) => `${count} questions, drawn from ${pool}`,
  fromModule: (number: number, title: string) => `Module ${number}: ${title}`,
  scores: (best: { correct: number; total: number }, last: { correct: number; total: number }) =>
    `Your best: ${best.correct} of ${best.total} · Last time: ${last.correct} of ${last.total}`,
  notTaken: 'Not taken yet on this device.',
} as const;
