/**
 * @generated SignedSource<<fd5a74508eaa317289bd845651a2357b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type RelayCache_person$data = {
  readonly aliases: ReadonlyArray<string>;
  readonly id: string;
  readonly meetings: ReadonlyArray<{
    readonly date: string | null | undefined;
    readonly evidence: string | null | undefined;
    readonly id: string;
    readonly node: {
      readonly " $fragmentSpreads": FragmentRefs<"RelayCache_entity">;
    };
    readonly sources: ReadonlyArray<{
      readonly id: string;
      readonly title: string;
    }>;
  }>;
  readonly name: string;
  readonly roles: ReadonlyArray<{
    readonly id: string;
    readonly node: {
      readonly " $fragmentSpreads": FragmentRefs<"RelayCache_entity">;
    };
    readonly role: string | null | undefined;
  }>;
  readonly " $fragmentType": "RelayCache_person";
};
export type RelayCache_person$key = {
  readonly " $data"?: RelayCache_person$data;
  readonly " $fragmentSpreads": FragmentRefs<"RelayCache_person">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "concreteType": null,
  "kind": "LinkedField",
  "name": "node",
  "plural": false,
  "selections": [
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "RelayCache_entity"
    }
  ],
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RelayCache_person",
  "selections": [
    (v0/*:: as any*/),
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
      "name": "aliases",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Relation",
      "kind": "LinkedField",
      "name": "roles",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "role",
          "storageKey": null
        },
        (v1/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Relation",
      "kind": "LinkedField",
      "name": "meetings",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "date",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "evidence",
          "storageKey": null
        },
        (v1/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "Document",
          "kind": "LinkedField",
          "name": "sources",
          "plural": true,
          "selections": [
            (v0/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "title",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Person",
  "abstractKey": null
};
})();

(node as any).hash = "59dacd0d3f8d53f89478d92f54e06359";

export default node;
