/** Interface text of the offline panel on the About page; the footer's offline note is in strings.ts. */

const megabytes = new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const mb = (bytes: number) => megabytes.format(bytes / 1e6);

export const offlineText = {
  title: 'Save the course on this device',
  unavailable:
    'This browser cannot keep the course for offline use: it needs JavaScript, and some private windows turn the feature off.',
  preparing: 'Saving the lessons on this device…',
  coreSaved: 'The lessons, quizzes, glossary and search are saved on this device and work offline.',
  largePartly: (saved: number, total: number) =>
    `Quiz pictures and sounds, the sample files and the inspector's engine are saved as you first use them (${mb(saved)} of ${mb(total)} so far). To have all of them offline, save them now, over Wi-Fi if you can.`,
  largeSaved: (total: number) =>
    `Quiz pictures and sounds, the sample files and the inspector's engine (${mb(total)}) are saved too: the whole course works offline.`,
  save: (bytes: number) => `Save the whole course for offline use (${mb(bytes)})`,
  progressLabel: 'Saving for offline use',
  saving: (bytes: number) => `Saving ${mb(bytes)}…`,
  saved: 'Everything is saved.',
  failed: 'Some files could not be saved. Check your connection and the space left on this device, then try again.',
} as const;
