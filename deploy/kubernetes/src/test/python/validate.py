#!/usr/bin/env python3
"""Validates rendered Kubernetes objects strictly against the vendored schemas (src/test/resources/schemas).

    python3 validate.py SCHEMA_DIR RENDERED.yaml

Prints one line per violation ("Kind/name: path: message") and exits 1 if there is any, 0 otherwise.
Strict the way an API server is for the fields it knows and stricter where it would silently drop:
- built-in kinds: Kubernetes 1.33's OpenAPI schema; an unknown field is refused (kubectl's server-side
  field validation, "Strict", refuses it too);
- custom resources: the served version of the pinned CRD; an unknown field is refused where the CRD does not
  preserve unknown fields (the API server would prune it: the setting would be lost without a word);
- every object's metadata against ObjectMeta; an object whose kind has no schema is refused.
CEL rules (x-kubernetes-validations) are not evaluated: the tests state the ones this project depends on."""
import glob
import json
import os
import sys

import yaml
from jsonschema import Draft4Validator

INT_OR_STRING = {"anyOf": [{"type": "integer"}, {"type": "string"}]}
OBJECT_META = "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"


def strict_core(node):
    """Kubernetes' own definitions: every object with declared properties takes no others."""
    if isinstance(node, dict):
        for value in node.values():
            strict_core(value)
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
    elif isinstance(node, list):
        for item in node:
            strict_core(item)
    return node


def strict_crd(node, top=True):
    """A CRD's structural schema: int-or-string, nullable, and pruning made into refusal."""
    if isinstance(node, list):
        return [strict_crd(item, False) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: strict_crd(value, False) if key != "properties" else
            {name: strict_crd(schema, False) for name, schema in value.items()}
            for key, value in node.items()}
    if node.pop("x-kubernetes-int-or-string", False):
        node.pop("type", None)
        node = {"allOf": [node, INT_OR_STRING]} if node else dict(INT_OR_STRING)
        return node
    if node.pop("nullable", False) and isinstance(node.get("type"), str):
        node["type"] = [node["type"], "null"]
    preserve = node.pop("x-kubernetes-preserve-unknown-fields", False)
    embedded = node.pop("x-kubernetes-embedded-resource", False)
    is_object = node.get("type") == "object" or (isinstance(node.get("type"), list) and "object" in node["type"])
    if is_object and not preserve and "additionalProperties" not in node:
        properties = node.setdefault("properties", {})
        if embedded:
            properties.setdefault("apiVersion", {"type": "string"})
            properties.setdefault("kind", {"type": "string"})
            properties.setdefault("metadata", {"type": "object"})
        node["additionalProperties"] = False
    if top:
        node.setdefault("properties", {})["metadata"] = {"$ref": OBJECT_META}
    return node


def load_schemas(directory):
    core = None
    crds = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
        with open(path) as f:
            document = json.load(f)
        if "definitions" in document:
            core = document
        elif "kinds" in document:
            crds.update(document["kinds"])
    definitions = strict_core(core["definitions"])
    definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = dict(INT_OR_STRING)
    definitions["io.k8s.apimachinery.pkg.api.resource.Quantity"] = {
        "anyOf": [{"type": "string", "pattern": r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+|[KMGTPE]i|[mkMGTPE])?$"},
                  {"type": "number"}]}
    validators = {}
    # The StatefulSet parts MCK merges into the one it creates (the CRD leaves them unchecked): as Kubernetes would.
    validators["#mongodb-statefulset-template"] = Draft4Validator(
        {"definitions": definitions, "$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec"})
    validators["#mongodb-statefulset-claim"] = Draft4Validator(
        {"definitions": definitions, "$ref": "#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim"})
    for key, root in core["kinds"].items():
        validators[key] = Draft4Validator({"definitions": definitions, "$ref": f"#/definitions/{root}"})
    for key, schema in crds.items():
        document = strict_crd(schema)
        document["definitions"] = definitions
        validators[key] = Draft4Validator(document)
    return validators


def path_of(error):
    return "/".join(str(part) for part in error.absolute_path) or "(root)"


def main():
    validators = load_schemas(sys.argv[1])
    with open(sys.argv[2]) as f:
        objects = [o for o in yaml.safe_load_all(f) if o is not None]
    problems = []
    for number, obj in enumerate(objects):
        kind = obj.get("kind", "?")
        name = (obj.get("metadata") or {}).get("name", f"#{number}")
        key = f"{obj.get('apiVersion', '?')}/{kind}"
        validator = validators.get(key)
        if validator is None:
            problems.append(f"{kind}/{name}: no schema for {key} (not a served version of a pinned API)")
            continue
        for error in sorted(validator.iter_errors(obj), key=lambda e: list(map(str, e.absolute_path))):
            problems.append(f"{kind}/{name}: {path_of(error)}: {error.message[:300]}")
        if kind == "MongoDBCommunity":
            statefulset = ((obj.get("spec") or {}).get("statefulSet") or {}).get("spec") or {}
            parts = [("spec/statefulSet/spec/template", "#mongodb-statefulset-template", statefulset.get("template"))]
            parts += [(f"spec/statefulSet/spec/volumeClaimTemplates/{i}", "#mongodb-statefulset-claim", claim)
                      for i, claim in enumerate(statefulset.get("volumeClaimTemplates") or [])]
            for where, schema, part in parts:
                if part is None:
                    continue
                for error in validators[schema].iter_errors(part):
                    problems.append(f"{kind}/{name}: {where}/{path_of(error)}: {error.message[:300]}")
    for problem in problems:
        print(problem)
    print(f"validated {len(objects)} objects, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
