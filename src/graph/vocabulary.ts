import type { Kind } from './records.ts';

/** What each kind of node stands for: the one description of each kind, for its type and its `Kind` value. */
export const KIND_DESCRIPTIONS: Record<Kind, string> = {
  Person: 'A person named in the articles: officials, analysts, authors.',
  Organization:
    'A government body, think tank, media outlet, news agency or diplomatic mission, or an unnamed group the articles speak of as one (“some other officials”, “Belarusian enterprises”).',
  Country: 'A country (or a former one, such as the Soviet Union).',
  Place: 'A city, region, memorial or military base.',
  Event: 'A visit, meeting, sanction, recall, release, announcement or other happening, with its date as the sources give it.',
  Statement: 'A quote or a reported claim: who said it, when, about what, and which document reports it.',
  Document: 'A source article the graph is built from. Every relationship and quote names the documents that state it.',
  Topic: 'A subject the actors speak or act about: human rights, non-proliferation, sovereignty…',
};

/**
 * The relationship types the graph uses: the allow-list for every filter
 * (types are never taken from input as text), each with its meaning.
 */
export const RELATIONSHIP_TYPES = {
  MET_WITH: 'A person met another person (date where known).',
  HOLDS_ROLE: 'A person holds a role (`role`) in an organization or country.',
  ADVISES: 'A person advises another.',
  MEMBER_OF: 'A person is affiliated with an organization (`role`, e.g. expert).',
  PARTICIPATED_IN: 'A person, organization or country took part in an event (`role`).',
  VISITED: 'A person visited a place or country (date where known).',
  SANCTIONED: 'A country or organization placed sanctions on a person, organization or country.',
  SAID: 'A person or organization made a statement.',
  ABOUT: 'A statement or event concerns a topic, actor, place or event.',
  REPORTED_IN: 'A statement or event is reported in a source document.',
  REPORTED_BY: 'An event was reported by a news organization.',
  LOCATED_IN: 'A place or organization is located in a place or country.',
  PART_OF: 'An organization is part of another organization or of a country.',
  TOOK_PLACE_IN: 'An event took place in a place or country.',
  COMMEMORATES: 'A memorial commemorates an event.',
  PRECEDED: 'An event came before another, related one.',
  LED_TO: 'An event led to another.',
  AUTHORED: 'A person wrote a document.',
  PUBLISHED_BY: 'A document was published by an outlet.',
  CITES: 'A document names an organization as its source or photo credit.',
  GREETED: 'A person sent greetings to another.',
  SENT_GIFTS_TO: 'A person sent presents to another.',
  INTERVIEWED: 'A media organization interviewed a person.',
  ANNOUNCED: 'An organization announced an event or decision.',
  ORDERED: 'An organization ordered an action.',
  COMMENTED_ON: 'A person (often an analyst) commented on an event.',
  INDEPENDENT_FROM: 'A country gained independence from another.',
} as const;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

export const EVENT_TYPES = {
  VISIT: 'An official visit or trip.',
  MEETING: 'A meeting or talks.',
  INTERVIEW: 'An interview given to the media.',
  SANCTION: 'Sanctions, bans or restrictions imposed.',
  SANCTIONS_RELIEF: 'Sanctions lifted or eased.',
  RECALL: 'Ambassadors or diplomats recalled.',
  RELEASE: 'Prisoners released.',
  ANNOUNCEMENT: 'A policy announcement.',
  CANCELLATION: 'A planned event called off.',
  ORDER: 'An order given by a government.',
  REPRESSION: 'Repression of protesters or opponents.',
  GREETING: 'Greetings or presents sent.',
  HISTORICAL: 'A historical event that gives context.',
} as const;

export const ORGANIZATION_TYPES = {
  GOVERNMENT_BODY: 'A government, ministry, presidential office or similar body.',
  THINK_TANK: 'A research or analysis centre.',
  MEDIA_OUTLET: 'A newspaper, broadcaster or news website.',
  NEWS_AGENCY: 'A news agency.',
  DIPLOMATIC_MISSION: 'An embassy or other diplomatic mission.',
  INTERNATIONAL_ORGANIZATION: 'A union or organization of states.',
  GROUP: 'An unnamed group of officials or companies the articles speak of as one (“some other officials”, “Belarusian enterprises”).',
} as const;

export const PLACE_TYPES = {
  CITY: 'A city or capital.',
  MEMORIAL: 'A memorial or commemorative site.',
  REGION: 'A region or peninsula.',
  MILITARY_BASE: 'A military base, existing or planned.',
} as const;
