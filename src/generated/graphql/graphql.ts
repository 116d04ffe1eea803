/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a relationship is stated by the documents it cites or inferred: keep the `STATED` ones to see only what the articles say. */
export type Basis =
  /** No article states it: it is read from what they state or from general knowledge (e.g. that the Yama memorial is in Minsk). `evidence` gives the reasoning and `sources` is empty. */
  | 'INFERRED'
  /** A document in `sources` states it; `evidence` says what it states, in our words. */
  | 'STATED';

/** Date order of a list; undated items come last either way, ties go by id. */
export type DateOrder =
  /** Oldest first. */
  | 'DATE_ASC'
  /** Newest first. */
  | 'DATE_DESC';

/** How precisely the source dates something; `date` holds the first day of the period. */
export type DatePrecision =
  /** The exact day is known. */
  | 'DAY'
  /** Only the month is known. */
  | 'MONTH'
  /** Only the year is known. */
  | 'YEAR';

/** Which relationships to follow, seen from the starting node. */
export type Direction =
  /** Outgoing and incoming relationships. */
  | 'BOTH'
  /** Relationships that end at the node. */
  | 'IN'
  /** Relationships that start at the node. */
  | 'OUT';

/** What kind of event an Event is. */
export type EventType =
  /** A policy announcement. */
  | 'ANNOUNCEMENT'
  /** A planned event called off. */
  | 'CANCELLATION'
  /** Greetings or presents sent. */
  | 'GREETING'
  /** A historical event that gives context. */
  | 'HISTORICAL'
  /** An interview given to the media. */
  | 'INTERVIEW'
  /** A meeting or talks. */
  | 'MEETING'
  /** An order given by a government. */
  | 'ORDER'
  /** Ambassadors or diplomats recalled. */
  | 'RECALL'
  /** Prisoners released. */
  | 'RELEASE'
  /** Repression of protesters or opponents. */
  | 'REPRESSION'
  /** Sanctions, bans or restrictions imposed. */
  | 'SANCTION'
  /** Sanctions lifted or eased. */
  | 'SANCTIONS_RELIEF'
  /** An official visit or trip. */
  | 'VISIT';

/** The kind of a node; every node has exactly one. */
export type Kind =
  /** A country (or a former one, such as the Soviet Union). */
  | 'COUNTRY'
  /** A source article the graph is built from. Every relationship and quote names the documents that state it. */
  | 'DOCUMENT'
  /** A visit, meeting, sanction, recall, release, announcement or other happening, with its date as the sources give it. */
  | 'EVENT'
  /** A government body, think tank, media outlet, news agency or diplomatic mission, or an unnamed group the articles speak of as one (“some other officials”, “Belarusian enterprises”). */
  | 'ORGANIZATION'
  /** A person named in the articles: officials, analysts, authors. */
  | 'PERSON'
  /** A city, region, memorial or military base. */
  | 'PLACE'
  /** A quote or a reported claim: who said it, when, about what, and which document reports it. */
  | 'STATEMENT'
  /** A subject the actors speak or act about: human rights, non-proliferation, sovereignty… */
  | 'TOPIC';

/** How a search hit matched, best first. */
export type MatchType =
  /** A name or alias contains the query. */
  | 'CONTAINS'
  /** A name or alias equals the query. */
  | 'EXACT'
  /** A name or alias starts with the query. */
  | 'PREFIX'
  /** Every word of the query occurs in some name or alias. */
  | 'WORDS';

/** What kind of organization an Organization is. */
export type OrganizationType =
  /** An embassy or other diplomatic mission. */
  | 'DIPLOMATIC_MISSION'
  /** A government, ministry, presidential office or similar body. */
  | 'GOVERNMENT_BODY'
  /** An unnamed group of officials or companies the articles speak of as one (“some other officials”, “Belarusian enterprises”). */
  | 'GROUP'
  /** A union or organization of states. */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A newspaper, broadcaster or news website. */
  | 'MEDIA_OUTLET'
  /** A news agency. */
  | 'NEWS_AGENCY'
  /** A research or analysis centre. */
  | 'THINK_TANK';

/** Whether a statement is quoted word for word or reported. */
export type QuoteType =
  /** The words as the source quotes them. */
  | 'DIRECT'
  /** A claim the source reports, paraphrased. */
  | 'REPORTED';

/** How an entity’s relationships are ordered; ties go by source id, type and target id. */
export type RelationOrder =
  /** Oldest first; undated relationships last. */
  | 'DATE_ASC'
  /** Newest first; undated relationships last. */
  | 'DATE_DESC'
  /** By relationship type, alphabetically. */
  | 'TYPE';

/** The type of a relationship. Filters accept only these values. */
export type RelationshipType =
  /** A statement or event concerns a topic, actor, place or event. */
  | 'ABOUT'
  /** A person advises another. */
  | 'ADVISES'
  /** An organization announced an event or decision. */
  | 'ANNOUNCED'
  /** A person wrote a document. */
  | 'AUTHORED'
  /** A document names an organization as its source or photo credit. */
  | 'CITES'
  /** A memorial commemorates an event. */
  | 'COMMEMORATES'
  /** A person (often an analyst) commented on an event. */
  | 'COMMENTED_ON'
  /** A person sent greetings to another. */
  | 'GREETED'
  /** A person holds a role (`role`) in an organization or country. */
  | 'HOLDS_ROLE'
  /** A country gained independence from another. */
  | 'INDEPENDENT_FROM'
  /** A media organization interviewed a person. */
  | 'INTERVIEWED'
  /** An event led to another. */
  | 'LED_TO'
  /** A place or organization is located in a place or country. */
  | 'LOCATED_IN'
  /** A person is affiliated with an organization (`role`, e.g. expert). */
  | 'MEMBER_OF'
  /** A person met another person (date where known). */
  | 'MET_WITH'
  /** An organization ordered an action. */
  | 'ORDERED'
  /** A person, organization or country took part in an event (`role`). */
  | 'PARTICIPATED_IN'
  /** An organization is part of another organization or of a country. */
  | 'PART_OF'
  /** An event came before another, related one. */
  | 'PRECEDED'
  /** A document was published by an outlet. */
  | 'PUBLISHED_BY'
  /** An event was reported by a news organization. */
  | 'REPORTED_BY'
  /** A statement or event is reported in a source document. */
  | 'REPORTED_IN'
  /** A person or organization made a statement. */
  | 'SAID'
  /** A country or organization placed sanctions on a person, organization or country. */
  | 'SANCTIONED'
  /** A person sent presents to another. */
  | 'SENT_GIFTS_TO'
  /** An event took place in a place or country. */
  | 'TOOK_PLACE_IN'
  /** A person visited a place or country (date where known). */
  | 'VISITED';

export type WhoMetBoltonQueryVariables = Exact<{
  id?: string;
}>;


export type WhoMetBoltonQuery = { person: { id: string, name: string, roles: Array<{ id: string, role: string | null, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, meetings: Array<{ id: string, date: string | null, evidence: string | null, node:
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
        | { id: string, name: string, aliases: Array<string> }
      , sources: Array<{ id: string, title: string, outlet: string | null }> }> } | null };

export type AnalystToLukashenkaQueryVariables = Exact<{
  from?: string;
  to?: string;
  maxDepth?: number;
}>;


export type AnalystToLukashenkaQuery = { shortestPath: { length: number, entities: Array<
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
    >, edges: Array<{ id: string, type: RelationshipType, label: string, source: string, target: string, date: string | null, evidence: string | null, sourceDocuments: Array<{ id: string, title: string, outlet: string | null }> }> } | null };

export type BoltonNeighborhoodQueryVariables = Exact<{
  id?: string;
  depth?: number;
  limit?: number;
}>;


export type BoltonNeighborhoodQuery = { neighborhood: { truncated: boolean, nodeCount: number, edgeCount: number, nodes: Array<
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, data:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
    >, edges: Array<{ id: string, data: { id: string, source: string, target: string, type: RelationshipType, label: string } }> } };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  participant?: string | null | undefined;
  kinds?: Array<EventType> | EventType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: DateOrder;
}>;


export type TimelineQuery = { timelineConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, date: string | null, datePrecision: DatePrecision | null, eventType: EventType | null, participants: Array<{ id: string, role: string | null, node:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }>, reportedIn: Array<{ id: string, title: string }> } }> } };

export type SearchAnySpellingQueryVariables = Exact<{
  query?: string;
  kinds?: Array<Kind> | Kind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAnySpellingQuery = { searchConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, matchType: MatchType, matchedAlias: string | null, score: number, node:
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
        | { id: string, name: string, kind: Kind, aliases: Array<string> }
       }> } };

export type WhatBoltonSaidQueryVariables = Exact<{
  speaker?: string | null | undefined;
  about?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhatBoltonSaidQuery = { statementsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, text: string, quoteType: QuoteType | null, date: string | null, speakers: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, about: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, reportedIn: Array<{ id: string, title: string, outlet: string | null }> }> } };

export type ActorCardQueryVariables = Exact<{
  id?: string;
}>;


export type ActorCardQuery = { person: { id: string, name: string, kind: Kind, aliases: Array<string>, description: string | null, sources: Array<{ id: string, title: string, outlet: string | null }>, roles: Array<{ id: string, role: string | null, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , sources: Array<{ id: string, title: string }> }>, affiliations: Array<{ id: string, role: string | null, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, meetings: Array<{ id: string, date: string | null, evidence: string | null, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , sources: Array<{ id: string, title: string }> }>, statements: Array<{ id: string, text: string, quoteType: QuoteType | null, date: string | null, reportedIn: Array<{ id: string, title: string }> }> } | null };

export type SubgraphOfSelectionQueryVariables = Exact<{
  ids?: Array<string> | string;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type SubgraphOfSelectionQuery = { subgraph: { nodeCount: number, edgeCount: number, entities: Array<
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
      | { id: string, label: string, kind: Kind }
    >, edges: Array<{ id: string, source: string, target: string, type: RelationshipType, label: string, evidence: string | null, sources: Array<string> }> } };

export type BoltonNeighborhoodGraphologyQueryVariables = Exact<{
  id?: string;
  depth?: number;
  limit?: number;
}>;


export type BoltonNeighborhoodGraphologyQuery = { neighborhood: { truncated: boolean, nodeCount: number, edgeCount: number, nodes: Array<
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
      | { id: string, key: string, attributes:
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
          | { id: string, label: string, kind: Kind }
         }
    >, edges: Array<{ id: string, key: string, source: string, target: string, attributes: { id: string, type: RelationshipType, label: string } }> } };

export type RelationshipsOfQueryVariables = Exact<{
  id?: string;
  types?: Array<RelationshipType> | RelationshipType;
  orderBy?: RelationOrder;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RelationshipsOfQuery = { entity:
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
    | { id: string, name: string, relationshipsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationshipType, direction: Direction, role: string | null, date: string | null, basis: Basis, node:
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
              | { id: string, label: string, kind: Kind }
            , edge: { id: string, source: string, target: string, type: RelationshipType, label: string } } }> } }
   | null };

export type OrganizationCardQueryVariables = Exact<{
  id?: string;
}>;


export type OrganizationCardQuery = { organization: { id: string, name: string, kind: Kind, organizationType: OrganizationType | null, description: string | null, sources: Array<{ id: string, title: string, outlet: string | null }>, people: Array<{ id: string, role: string | null, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, partOf: Array<
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
      | { id: string, name: string, kind: Kind }
    >, statements: Array<{ id: string, text: string, quoteType: QuoteType | null, date: string | null, reportedIn: Array<{ id: string, title: string }> }> } | null };


export const WhoMetBoltonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoMetBolton"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"john-bolton","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoMetBoltonQuery, WhoMetBoltonQueryVariables>;
export const AnalystToLukashenkaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystToLukashenka"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"arsen-sivistky","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"aliaksandr-lukashenka","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystToLukashenkaQuery, AnalystToLukashenkaQueryVariables>;
export const BoltonNeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoltonNeighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"john-bolton","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"edgeCount"}},{"kind":"Field","alias":{"kind":"Name","value":"nodes"},"name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoltonNeighborhoodQuery, BoltonNeighborhoodQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"1993-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2019-12-31","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participant"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateOrder"}}},"defaultValue":{"kind":"EnumValue","value":"DATE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"participant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participant"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const SearchAnySpellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAnySpelling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Lukashenko","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Kind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAlias"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchAnySpellingQuery, SearchAnySpellingQueryVariables>;
export const WhatBoltonSaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatBoltonSaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speaker"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"john-bolton","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"speaker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speaker"}}},{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quoteType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatBoltonSaidQuery, WhatBoltonSaidQueryVariables>;
export const ActorCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"aliaksandr-lukashenka","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quoteType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reportedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorCardQuery, ActorCardQueryVariables>;
export const SubgraphOfSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubgraphOfSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"StringValue","value":"john-bolton","block":false},{"kind":"StringValue","value":"aliaksandr-lukashenka","block":false},{"kind":"StringValue","value":"uladzimir-makei","block":false},{"kind":"StringValue","value":"belarus-mfa","block":false}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"edgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]} as unknown as DocumentNode<SubgraphOfSelectionQuery, SubgraphOfSelectionQueryVariables>;
export const BoltonNeighborhoodGraphologyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoltonNeighborhoodGraphology"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"john-bolton","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"edgeCount"}},{"kind":"Field","alias":{"kind":"Name","value":"nodes"},"name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","alias":{"kind":"Name","value":"attributes"},"name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","alias":{"kind":"Name","value":"attributes"},"name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoltonNeighborhoodGraphologyQuery, BoltonNeighborhoodGraphologyQueryVariables>;
export const RelationshipsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationshipsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"john-bolton","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MET_WITH"},{"kind":"EnumValue","value":"HOLDS_ROLE"},{"kind":"EnumValue","value":"VISITED"},{"kind":"EnumValue","value":"PARTICIPATED_IN"},{"kind":"EnumValue","value":"SAID"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationOrder"}}},"defaultValue":{"kind":"EnumValue","value":"DATE_DESC"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RelationshipsOfQuery, RelationshipsOfQueryVariables>;
export const OrganizationCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"belarus-mfa","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quoteType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reportedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationCardQuery, OrganizationCardQueryVariables>;