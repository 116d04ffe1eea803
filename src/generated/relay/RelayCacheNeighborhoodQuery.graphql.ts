/**
 * @generated SignedSource<<e94f0026bdc08295d4681732efba32ce>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type RelationshipType = "ABOUT" | "ADVISES" | "ANNOUNCED" | "AUTHORED" | "CITES" | "COMMEMORATES" | "COMMENTED_ON" | "GREETED" | "HOLDS_ROLE" | "INDEPENDENT_FROM" | "INTERVIEWED" | "LED_TO" | "LOCATED_IN" | "MEMBER_OF" | "MET_WITH" | "ORDERED" | "PARTICIPATED_IN" | "PART_OF" | "PRECEDED" | "PUBLISHED_BY" | "REPORTED_BY" | "REPORTED_IN" | "SAID" | "SANCTIONED" | "SENT_GIFTS_TO" | "TOOK_PLACE_IN" | "VISITED";
export type RelayCacheNeighborhoodQuery$variables = {
  depth: number;
  id: string;
  limit: number;
};
export type RelayCacheNeighborhoodQuery$data = {
  readonly neighborhood: {
    readonly edges: ReadonlyArray<{
      readonly id: string;
      readonly source: string;
      readonly target: string;
      readonly type: RelationshipType;
    }>;
    readonly entities: ReadonlyArray<{
      readonly label: string;
      readonly " $fragmentSpreads": FragmentRefs<"RelayCache_entity">;
    }>;
    readonly truncated: boolean;
  };
};
export type RelayCacheNeighborhoodQuery = {
  response: RelayCacheNeighborhoodQuery$data;
  variables: RelayCacheNeighborhoodQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "depth"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "limit"
},
v3 = [
  {
    "kind": "Variable",
    "name": "depth",
    "variableName": "depth"
  },
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  },
  {
    "kind": "Variable",
    "name": "limit",
    "variableName": "limit"
  }
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "truncated",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "label",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "GraphEdge",
  "kind": "LinkedField",
  "name": "edges",
  "plural": true,
  "selections": [
    (v6/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "source",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "target",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "type",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "RelayCacheNeighborhoodQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": "Subgraph",
        "kind": "LinkedField",
        "name": "neighborhood",
        "plural": false,
        "selections": [
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "entities",
            "plural": true,
            "selections": [
              (v5/*:: as any*/),
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "RelayCache_entity"
              }
            ],
            "storageKey": null
          },
          (v7/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "RelayCacheNeighborhoodQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": "Subgraph",
        "kind": "LinkedField",
        "name": "neighborhood",
        "plural": false,
        "selections": [
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "entities",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "__typename",
                "storageKey": null
              },
              (v5/*:: as any*/),
              {
                "kind": "TypeDiscriminator",
                "abstractKey": "__isEntity"
              },
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "name",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "kind",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v7/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "d1c3630941659463b557c0bbc94d5d1e",
    "id": null,
    "metadata": {},
    "name": "RelayCacheNeighborhoodQuery",
    "operationKind": "query",
    "text": "query RelayCacheNeighborhoodQuery(\n  $id: ID!\n  $depth: Int!\n  $limit: Int!\n) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    truncated\n    entities {\n      __typename\n      label\n      ...RelayCache_entity\n      id\n    }\n    edges {\n      id\n      source\n      target\n      type\n    }\n  }\n}\n\nfragment RelayCache_entity on Entity {\n  __isEntity: __typename\n  id\n  name\n  kind\n}\n"
  }
};
})();

(node as any).hash = "8cc8e3e8d37efe99b4607e8bd9fceebc";

export default node;
