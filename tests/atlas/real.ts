/** The project's own atlas: its five studies at their agreed URLs, by source file. */
export const studyUrls = {
  '000_e0eb575146dbde58.txt': '/studies/vietnam-anti-trafficking-strategy/',
  '001_c256bad6b951fab0.txt': '/studies/vietnam-child-trafficking-uk/',
  '002_66b5fd60abc40bb4.txt': '/studies/unicef-child-trafficking-vietnam/',
  '003_2ce81c8634926572.txt': '/studies/actip-wc-effectiveness-vietnam/',
  '004_f257738c60c9d1a6.txt': '/studies/iom-human-trafficking-vietnam/',
} as const;

export const SITE_TITLE = 'Vietnam Trafficking Studies Atlas';
