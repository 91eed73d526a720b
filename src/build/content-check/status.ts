/** Where an article stands on the clinic's calendar: live, held back as a draft, or waiting for its publish date. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled';
