/**
 * @generated SignedSource<<5722f49efdfc2fa4a56421c71dea1a92>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type Kind = "COUNTRY" | "DOCUMENT" | "EVENT" | "ORGANIZATION" | "PERSON" | "PLACE" | "STATEMENT" | "TOPIC";
import type { FragmentRefs } from "relay-runtime";
export type RelayCache_entity$data = {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly " $fragmentType": "RelayCache_entity";
};
export type RelayCache_entity$key = {
  readonly " $data"?: RelayCache_entity$data;
  readonly " $fragmentSpreads": FragmentRefs<"RelayCache_entity">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RelayCache_entity",
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
  "type": "Entity",
  "abstractKey": "__isEntity"
};

(node as any).hash = "8a3ad2d7159fbd396b3f3ff427a537bc";

export default node;
