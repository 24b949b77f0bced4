import { bareCaption } from './line-shape';

// Controls and captions of page widgets: never article prose on their own line.
const INTERFACE_CAPTIONS = [
  /^listen to (?:this )?(?:article|story|post)(?: \(?\d+ min(?:utes?)?\)?)?$/,
  /^(?:\d+ min(?:ute)?s? (?:read|listen)|reading time:? .{1,20})$/,
  /^(?:share|print|email|tweet|copy link|link copied|close|menu|search|play|pause|advertisement|sponsored)$/,
  /^share (?:on|to|via) \w+(?: \(opens (?:in )?(?:a )?new (?:window|tab)\))?$/,
  /^(?:back to (?:top|\w+(?: \w+)?)|skip to (?:main )?content|toggle navigation|download all (?:images|assets|photos))$/,
  /^(?:accept|reject|manage) (?:all )?cookies$/,
  /^(?:sign in|log in|sign up|subscribe)$/,
];

// Captions that open what follows an article: sharing, taxonomies, further
// reading, follow prompts, press and newsletter boxes, site footers.
const ARTICLE_END_CAPTIONS = [
  /^(?:downloads?|attachments?|media assets?)$/,
  /^share (?:this|the) (?:article|post|story|page|news)$/,
  /^(?:categor(?:y|ies)|tags?|topics?|filed under|posted in)(?::.*)?$/,
  /^(?:recent|related|more|latest|popular|trending|recommended|further) (?:news|posts?|stories|articles?|reading|content|coverage)$/,
  /^(?:related|recommended(?: for you)?|read next|up next|see also|you (?:may|might) also like.*)$/,
  /^(?:more from|read more(?: about| from| on)?)\b.{0,60}$/,
  /^follow (?:us|me)\b.{0,40}$/,
  /^follow .{1,40}(?:newsroom|blog| on (?:twitter|x|facebook|linkedin|instagram|threads|social media))$/,
  /^(?:press|media) (?:resources|contacts?|gallery|inquiries|kit)\b.{0,80}$/,
  /^(?:sign up|subscribe) (?:for|to) .{0,40}newsletter.{0,40}$/,
  /^(?:newsletter|get our newsletter|stay (?:informed|up to date|connected))$/,
  /^(?:comments?|leave a (?:comment|reply)|\d+ comments?)$/,
  /^(?:previous|next) (?:post|article|story)\b.{0,80}$/,
  // Apparatus after an encyclopedia article or report: citations and link lists.
  /^(?:references|footnotes|endnotes|bibliography|citations|works cited|sources|external links|notes and references)$/,
  // What closes a press release: the issuer's standard paragraph, contacts and the legal safe-harbour notice.
  /^about (?!(?:the|this|these|our|us|data|methodology)\b)[\p{L}\p{N}.&'’ -]{2,40}$/u,
  /^(?:media|press|investor|news) (?:contacts?|enquiries|relations)\b.{0,60}$/,
  /^(?:contacts?|for more information|notes to editors?|editors['’]? notes):?$/,
  /^(?:forward[- ]looking statements|safe harbou?r statement|cautionary (?:note|statement).{0,40})$/,
];

/** A widget control or caption ("LISTEN TO ARTICLE", "Back to Newsroom", "Share"). */
export function isInterfaceCaption(text: string): boolean {
  const caption = bareCaption(text).toLowerCase();
  return INTERFACE_CAPTIONS.some((pattern) => pattern.test(caption));
}

/** A caption after which a page no longer carries the article ("Share this article", "Tags:", "RELATED NEWS"). */
export function isArticleEndCaption(text: string): boolean {
  const caption = bareCaption(text).toLowerCase();
  return caption.length <= 100 && ARTICLE_END_CAPTIONS.some((pattern) => pattern.test(caption));
}
