/** Interface text of the caption-match exercise (module 9). Pictures and captions live in content/caption-match/. */
import type { CaptionKind } from '../content/caption-match-schema';

export const captionMatchText = {
  regionLabel: (title: string) => `Caption match: ${title}`,
  intro:
    'Each picture was posted with different captions. Read the reverse-search results, then pick the caption that tells you what the picture really shows.',
  simulated:
    'The search results are simulated for this exercise. Only the oldest result is real: it is where the photo actually comes from.',
  progress: (answered: number, total: number) => `${answered} of ${total} pictures matched`,
  picture: (index: number, total: number) => `Picture ${index} of ${total}`,
  searchTitle: 'Reverse image search (simulated): where copies turned up',
  oldest: 'Oldest copy',
  captionsLegend: 'Which caption is true?',
  postedBy: 'Posted by',
  croppedPost: 'This post showed only this part of the picture:',
  croppedAlt: 'The cropped part of the picture that this post showed.',
  check: 'Check',
  chooseFirst: 'Choose a caption first.',
  tryAgain: 'Try this picture again',
  correct: 'Right.',
  incorrect: 'Not this one.',
  trueCaption: 'The true caption was posted by:',
  whyEach: 'Why each caption is honest or misleading',
  announce: (correct: boolean) =>
    `${correct ? 'Right.' : 'Not this one.'} The explanations for every caption follow the picture.`,
  summary: (correct: number, total: number) => `You matched ${correct} of ${total} pictures to their true captions.`,
  summaryNote:
    'What to remember: the oldest copy, a named source and the whole frame tell you more than any caption. A real photo can still carry a false claim.',
  startOver: 'Start over',
  credit: 'Photo',
  license: 'license',
  creditsPage: 'all credits',
  kinds: {
    original: 'Original context',
    recycled: 'Recycled: old media, new date',
    miscaptioned: 'Miscaptioned: false description',
    cropped: 'Cropped: context cut away',
  } satisfies Record<CaptionKind, string>,
};
