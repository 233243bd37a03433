/** What pages outside the quiz itself need to name and link a practice or challenge quiz. */
export interface QuizRef {
  id: string;
  title: string;
  /** The module it belongs to; none for the final challenge, which covers the whole course. */
  module?: number;
}

export const quizRef = ({ id, data }: { id: string; data: { title: string; module?: number } }): QuizRef => ({
  id,
  title: data.title,
  ...(data.module !== undefined && { module: data.module }),
});

export const quizPath = (id: string) => `/quizzes/${id}/`;
