/** Absolute and relative addresses of each locale's pages, from the one site URL. */
import { SITE_URL } from '../site';
import type { LocaleInfo } from './registry';

export const articlePath = (locale: Pick<LocaleInfo, 'tag'>) => `/${locale.tag}/`;
export const absoluteUrl = (pathname: string) => `${SITE_URL}${pathname}`;
