
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Country",
      "Document",
      "Event",
      "Organization",
      "Person",
      "Place",
      "Statement",
      "Topic"
    ],
    "Node": [
      "Country",
      "Document",
      "Event",
      "Organization",
      "Person",
      "Place",
      "Statement",
      "Topic"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Country",
      "Document",
      "Event",
      "Organization",
      "Person",
      "Place",
      "Statement",
      "Topic"
    ],
    "Node": [
      "Country",
      "Document",
      "Event",
      "Organization",
      "Person",
      "Place",
      "Statement",
      "Topic"
    ]
  }
};
      export default result;
    