/** A four-post feed: two trustworthy posts and two that use a technique. */
export const fixture = {
  id: 'fixture-feed',
  title: 'Fixture feed',
  intro: 'Four made-up posts for tests.',
  techniques: [
    { id: 'emotional-language', name: 'Emotional language', definition: 'Words meant to make you angry or scared.' },
    { id: 'impersonation', name: 'Impersonation', definition: 'Pretending to be someone people trust.' },
  ],
  posts: [
    {
      id: 'good-1',
      account: { name: 'Library', handle: '@library' },
      text: 'Reading club on Monday.',
      feedback: 'A plain, useful post.',
    },
    {
      id: 'bad-1',
      account: { name: 'Outrage', handle: '@outrage' },
      text: 'SHARE NOW!!! They lie!!!',
      technique: 'emotional-language',
      feedback: 'Pushes you to react before you think.',
    },
    {
      id: 'good-2',
      account: { name: 'Weather', handle: '@weather' },
      text: 'Rain on Thursday afternoon.',
      feedback: 'A calm, specific warning.',
    },
    {
      id: 'bad-2',
      account: { name: 'Counci1', handle: '@Counci1', detail: 'Joined today' },
      text: 'Schools closed tomorrow!',
      technique: 'impersonation',
      feedback: 'A look-alike account borrowing the council’s name.',
    },
  ],
};
