#!/usr/bin/env python3
"""Reduces the upstream schemas the manifests are validated against to their structure, into
src/test/resources/schemas/ (SOURCES.md there names each source, tag and licence).

Run from deploy/kubernetes with the upstream repositories checked out (bare or not) under MIRRORS:
    python3 src/test/schemas/vendor.py /path/to/mirrors
It keeps only what validation needs: types, properties, required, enums, patterns, bounds, items, maps and
the Kubernetes extensions (int-or-string, preserve-unknown-fields, embedded resources). Descriptions, examples
and CEL rules are dropped. Kubernetes' own schema is cut to the definitions the listed kinds reach."""
import json
import os
import subprocess
import sys

import yaml

KEEP = {"type", "properties", "required", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "items", "additionalProperties",
        "format", "$ref", "allOf", "anyOf", "oneOf", "not", "nullable", "uniqueItems", "minProperties",
        "maxProperties", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-embedded-resource", "x-kubernetes-group-version-kind"}

KUBERNETES = ("kubernetes-client+python", "v33.1.0", "kubernetes/swagger.json.unprocessed")
KINDS = [("", "v1", k) for k in ("Namespace", "ServiceAccount", "ConfigMap", "Secret", "Service", "Pod",
                                "PersistentVolumeClaim")] + [
    ("apps", "v1", "Deployment"), ("autoscaling", "v2", "HorizontalPodAutoscaler"),
    ("policy", "v1", "PodDisruptionBudget"), ("networking.k8s.io", "v1", "NetworkPolicy"),
    ("batch", "v1", "CronJob"), ("batch", "v1", "Job")]

CRDS = {
    "strimzi": ("strimzi+strimzi-kafka-operator", "1.2.0", [
        "packaging/install/cluster-operator/040-Crd-kafka.yaml",
        "packaging/install/cluster-operator/043-Crd-kafkatopic.yaml",
        "packaging/install/cluster-operator/044-Crd-kafkauser.yaml",
        "packaging/install/cluster-operator/045-Crd-kafkanodepool.yaml"]),
    "mongodb-kubernetes": ("mongodb+mongodb-kubernetes", "1.10.0", [
        "config/crd/bases/mongodbcommunity.mongodb.com_mongodbcommunity.yaml"]),
    "keda": ("kedacore+keda", "v2.20.2", [
        "config/crd/bases/keda.sh_scaledobjects.yaml",
        "config/crd/bases/keda.sh_triggerauthentications.yaml"]),
    "prometheus-operator": ("prometheus-operator+prometheus-operator", "v0.93.0", [
        "example/prometheus-operator-crd-full/monitoring.coreos.com_podmonitors.yaml",
        "example/prometheus-operator-crd-full/monitoring.coreos.com_prometheusrules.yaml"]),
    "cert-manager": ("cert-manager+cert-manager", "v1.21.1", [
        "deploy/crds/cert-manager.io_certificates.yaml",
        "deploy/crds/cert-manager.io_issuers.yaml"]),
    "gateway-api": ("kubernetes-sigs+gateway-api", "v1.6.1", [
        "config/crd/standard/gateway.networking.k8s.io_httproutes.yaml",
        "config/crd/standard/gateway.networking.k8s.io_gateways.yaml"]),
}


def show(mirrors, repo, tag, path):
    git_dir = os.path.join(mirrors, repo, "repo")
    return subprocess.run(["git", "-C", git_dir, "show", f"{tag}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def reduce(node):
    if isinstance(node, list):
        return [reduce(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept = {}
    for key, value in node.items():
        if key not in KEEP:
            continue
        if key == "properties":
            kept[key] = {name: reduce(schema) for name, schema in value.items()}
        elif key == "$ref":
            kept[key] = value.replace("#/definitions/", "#/definitions/")
        else:
            kept[key] = reduce(value)
    return kept


def kubernetes(mirrors):
    repo, tag, path = KUBERNETES
    definitions = json.loads(show(mirrors, repo, tag, path))["definitions"]
    roots = {}
    for name, schema in definitions.items():
        for gvk in schema.get("x-kubernetes-group-version-kind", []):
            key = (gvk["group"], gvk["version"], gvk["kind"])
            if key in KINDS:
                roots["/".join(part for part in key if part)] = name
    missing = [k for k in KINDS if "/".join(p for p in k if p) not in roots]
    if missing:
        sys.exit(f"not in {tag}: {missing}")
    reached, pending = set(), list(roots.values())
    while pending:
        name = pending.pop()
        if name in reached:
            continue
        reached.add(name)
        pending.extend(refs(definitions[name]))
    reduced = {name: reduce(definitions[name]) for name in sorted(reached)}
    return {"source": f"github.com/kubernetes-client/python {tag} {path} (Kubernetes 1.33, Apache-2.0)",
            "kinds": roots, "definitions": reduced}


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value.rsplit("/", 1)[-1]
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def crds(mirrors, name):
    repo, tag, paths = CRDS[name]
    kinds = {}
    for path in paths:
        for crd in yaml.safe_load_all(show(mirrors, repo, tag, path)):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            spec = crd["spec"]
            for version in spec["versions"]:
                if not version.get("served", False):
                    continue
                key = f"{spec['group']}/{version['name']}/{spec['names']['kind']}"
                kinds[key] = reduce(version["schema"]["openAPIV3Schema"])
    return {"source": f"github.com/{repo.replace('+', '/')} {tag} {', '.join(paths)} (Apache-2.0)",
            "kinds": kinds}


def main():
    mirrors = sys.argv[1]
    out = os.path.join("src", "test", "resources", "schemas")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "kubernetes-1.33.json"), "w") as f:
        json.dump(kubernetes(mirrors), f, separators=(",", ":"), sort_keys=True)
    for name in CRDS:
        with open(os.path.join(out, f"{name}-{CRDS[name][1].lstrip('v')}.json"), "w") as f:
            json.dump(crds(mirrors, name), f, separators=(",", ":"), sort_keys=True)
    repo, tag, _ = CRDS["strimzi"]
    versions = [{k: v for k, v in entry.items() if k in ("version", "metadata", "supported", "default")}
                for entry in yaml.safe_load(show(mirrors, repo, tag, "kafka-versions.yaml"))]
    with open(os.path.join(out, f"strimzi-{tag}-kafka-versions.json"), "w") as f:
        json.dump({"source": f"github.com/strimzi/strimzi-kafka-operator {tag} kafka-versions.yaml (Apache-2.0)",
                   "versions": versions}, f, indent=1)


if __name__ == "__main__":
    main()
