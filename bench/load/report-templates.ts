/** One figure of a template report: a bullet whose sentence states a count, an amount or a share. */
export interface FigureSlot {
  section: string;
  /** The sentence with `{figure}` where the qualified number goes. */
  sentence: string;
  /** Starting range of the value. */
  min: number;
  max: number;
  /** Written before the number, e.g. "$" for spending. */
  prefix?: string;
}

export interface ReportTemplate {
  /** Path under the publisher's site. */
  slug: string;
  title: string;
  intro: string;
  figures: readonly FigureSlot[];
}

/** One wording per qualifier class the extractor tells apart (exact, about, more than, less than); "" is a bare number. */
export const QUALIFIERS = ['', 'about', 'more than', 'less than'] as const;

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [
  {
    slug: 'takedown',
    title: 'Removing Coordinated Inauthentic Behavior',
    intro: 'Today we removed multiple Pages, Groups and accounts for engaging in coordinated inauthentic behavior.',
    figures: [
      {
        section: 'Presence on Facebook',
        sentence: '{figure} Pages, Groups and accounts were removed.',
        min: 20,
        max: 400,
      },
      {
        section: 'Followers',
        sentence: '{figure} accounts followed one or more of these Pages.',
        min: 1_000,
        max: 900_000,
      },
      {
        section: 'Advertising',
        sentence: '{figure} in spending for ads on Facebook, paid for in US dollars.',
        min: 50,
        max: 9_000,
        prefix: '$',
      },
      { section: 'Events', sentence: '{figure} events were hosted by these Pages.', min: 1, max: 40 },
    ],
  },
  {
    slug: 'transparency-report',
    title: 'Quarterly Transparency Report',
    intro: 'This report describes the requests we received and the content we acted on this quarter.',
    figures: [
      {
        section: 'Government requests',
        sentence: '{figure} requests for user data were received.',
        min: 5_000,
        max: 90_000,
      },
      {
        section: 'Content actioned',
        sentence: '{figure} pieces of content were actioned for hate speech.',
        min: 10_000,
        max: 5_000_000,
      },
      { section: 'Appeals', sentence: '{figure} pieces of content were restored after appeal.', min: 100, max: 80_000 },
    ],
  },
  {
    slug: 'incident-update',
    title: 'Update on the Service Incident',
    intro: 'We are sharing what we know about the incident and what we are doing about it.',
    figures: [
      {
        section: 'Affected accounts',
        sentence: '{figure} accounts were affected by the incident.',
        min: 1_000,
        max: 50_000_000,
      },
      { section: 'Regions', sentence: '{figure} countries reported errors.', min: 2, max: 60 },
      { section: 'Duration', sentence: '{figure} support tickets were opened.', min: 10, max: 600 },
    ],
  },
];
