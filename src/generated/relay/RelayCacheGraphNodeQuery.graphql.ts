/**
 * @generated SignedSource<<245334db1f548b8ba31c6ef6fc1d8c64>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type RelayCacheGraphNodeQuery$variables = {
  id: string;
};
export type RelayCacheGraphNodeQuery$data = {
  readonly neighborhood: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly label: string;
    }>;
  };
};
export type RelayCacheGraphNodeQuery = {
  response: RelayCacheGraphNodeQuery$data;
  variables: RelayCacheGraphNodeQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "id",
        "variableName": "id"
      }
    ],
    "concreteType": "Subgraph",
    "kind": "LinkedField",
    "name": "neighborhood",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "GraphNode",
        "kind": "LinkedField",
        "name": "nodes",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "label",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "RelayCacheGraphNodeQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RelayCacheGraphNodeQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "cde34c21079ac45af33e5eaf2575afa0",
    "id": null,
    "metadata": {},
    "name": "RelayCacheGraphNodeQuery",
    "operationKind": "query",
    "text": "query RelayCacheGraphNodeQuery(\n  $id: ID!\n) {\n  neighborhood(id: $id) {\n    nodes {\n      id\n      label\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "1f7e2a5a9e851c5163de3a1371e60cc4";

export default node;
