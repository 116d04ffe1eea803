/**
 * The Relay documents the relay-runtime test runs, compiled by relay-compiler (`npm run codegen`,
 * relay.config.json) into src/generated/relay/. This file is read by the compiler only: Relay's
 * `graphql` tag is replaced by the compiled artifacts, which the test imports directly.
 */
import { graphql } from 'relay-runtime';

export const documents = [
  graphql`
    fragment RelayCache_entity on Entity {
      id
      name
      kind
    }
  `,
  graphql`
    query RelayCacheNeighborhoodQuery($id: ID!, $depth: Int!, $limit: Int!) {
      neighborhood(id: $id, depth: $depth, limit: $limit) {
        truncated
        entities {
          label
          ...RelayCache_entity
        }
        edges {
          id
          source
          target
          type
        }
      }
    }
  `,
  graphql`
    fragment RelayCache_person on Person {
      id
      name
      aliases
      roles {
        id
        role
        node {
          ...RelayCache_entity
        }
      }
      meetings {
        id
        date
        evidence
        node {
          ...RelayCache_entity
        }
        sources {
          id
          title
        }
      }
    }
  `,
  graphql`
    query RelayCacheActorCardQuery($id: ID!) {
      person(id: $id) {
        ...RelayCache_person
      }
    }
  `,
  graphql`
    query RelayCacheWhoMetQuery($id: ID!) {
      person(id: $id) {
        name
        meetings {
          id
          date
          node {
            name
          }
        }
      }
    }
  `,
  graphql`
    fragment RelayCache_timeline on Query
    @refetchable(queryName: "RelayCacheTimelinePaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 7 }, cursor: { type: "String" }) {
      timelineConnection(first: $count, after: $cursor) @connection(key: "RelayCache_timelineConnection") {
        totalCount
        edges {
          node {
            id
            name
            date
          }
        }
      }
    }
  `,
  graphql`
    query RelayCacheTimelineQuery {
      ...RelayCache_timeline
    }
  `,
  graphql`
    query RelayCacheGraphNodeQuery($id: ID!) {
      neighborhood(id: $id) {
        nodes {
          id
          label
        }
      }
    }
  `,
];
