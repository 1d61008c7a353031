// Builds the previous/ side of a benchmark corpus as a file model (see
// render.mjs), shaped like googleapis: org/area/product/version packages, a few
// googleads-like package families with hundreds of small files, a couple of
// compute-like giant files, and the shared google/* files they all import.
//
// Every type reference is resolvable and every import points to a file
// generated earlier (files of one package import earlier files of the same
// package; packages import earlier packages), so there are no cycles.

import { Rng } from './rng.mjs';
import * as W from './vocabulary.mjs';
import { camel, jsonName, lowerSnake, pascal, plural, upperSnake } from './names.mjs';
import { renderFile, renderItem } from './render.mjs';
import {
  IMPORT_CLIENT, IMPORT_FIELD_BEHAVIOR, IMPORT_HTTP, IMPORT_LRO, IMPORT_RESOURCE,
  STATIC_FILES, STATIC_TYPES, WKT_TYPES,
} from './static-protos.mjs';

const SCALAR_WEIGHTS = [
  ['string', 30], ['int64', 12], ['int32', 10], ['bool', 10], ['double', 5], ['bytes', 4],
  ['float', 3], ['uint32', 3], ['uint64', 3], ['sint32', 1], ['sint64', 1], ['fixed32', 1],
  ['fixed64', 1], ['sfixed32', 1], ['sfixed64', 1],
];
const MAP_KEYS = [['string', 20], ['int32', 2], ['int64', 2], ['uint32', 1], ['uint64', 1], ['bool', 1], ['sint64', 1], ['fixed32', 1]];
const PACKABLE = new Set(['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool']);
const UNSIGNED = new Set(['uint32', 'uint64', 'fixed32', 'fixed64']);
const VERSIONS = [['v1', 40], ['v1beta1', 14], ['v2', 10], ['v1alpha1', 8], ['v1beta', 4], ['v2beta1', 5], ['v1beta2', 3], ['v3', 4], ['v1alpha', 3], ['v2alpha', 2]];
const BEHAVIORS = [['REQUIRED', 5], ['OPTIONAL', 4], ['OUTPUT_ONLY', 5], ['IMMUTABLE', 1], ['INPUT_ONLY', 0.3]];
const ROOTS = [
  [['projects', 'project'], ['locations', 'location']],
  [['projects', 'project'], ['locations', 'location']],
  [['projects', 'project'], ['locations', 'location']],
  [['projects', 'project']],
  [['organizations', 'organization'], ['locations', 'location']],
  [['accounts', 'account']],
  [['customers', 'customer']],
];
const ROLE_WEIGHT = {
  common: 0.7, resource: 1.3, events: 0.8, service: 1.1,
  'ads-enum': 0.3, 'ads-common': 0.9, 'ads-resource': 0.6, 'ads-service': 0.9,
};
const MAX_FIELD = 536870911;

const TIME_WORDS = new Set(['time', 'deadline', 'expiration']);
const DURATION_WORDS = new Set(['duration', 'timeout', 'interval', 'ttl', 'backoff', 'retention', 'window']);
const INT_WORDS = new Set(['count', 'size', 'bytes', 'limit', 'capacity', 'retries', 'attempt', 'sequence', 'generation', 'port', 'index', 'offset', 'page', 'quota', 'level', 'priority', 'height', 'width', 'depth']);
const BOOL_WORDS = new Set(['enabled', 'only', 'force', 'missing']);
const FLOAT_WORDS = new Set(['ratio', 'percent', 'score', 'weight', 'utilization', 'accuracy', 'confidence', 'precision', 'recall', 'rate', 'temperature', 'latitude', 'longitude', 'threshold', 'frequency']);
const STRING_WORDS = new Set(['id', 'name', 'uri', 'url', 'email', 'phone', 'token', 'path', 'etag', 'uid', 'hash', 'checksum', 'digest', 'locale', 'language', 'timezone', 'host', 'address', 'cidr', 'cron', 'region', 'zone', 'country', 'title', 'description', 'message', 'note', 'comment', 'query', 'cursor', 'filter', 'selector', 'owner', 'creator', 'member', 'role', 'key', 'code', 'subnet', 'network', 'service', 'segment', 'source', 'target', 'destination', 'origin', 'format', 'encoding', 'protocol', 'summary', 'detail', 'revision', 'version', 'tag', 'value']);
const MONEY_WORDS = new Set(['amount', 'price', 'cost']);

function looseName(name) {
  return name.replaceAll('_', '').toLowerCase();
}

function entryOf(kind, file, full, rel, top, parent) {
  return { kind, full, rel, top, parent, pkg: file.pkgName, path: file.path, syntax: file.syntax };
}

export class CorpusBuilder {
  constructor(spec) {
    this.spec = spec;
    this.rng = new Rng(spec.seed);
    this.files = [];
    this.byPath = new Map();
    this.refs = new Map();
    this.packages = [];
    this.packagePaths = new Set();
    this.standardPackages = [];
    this.staticTypes = STATIC_TYPES.map((t) => ({ ...t, top: t.full, rel: t.full, pkg: t.full.split('.').slice(0, -1).join('.'), syntax: 'proto3' }));
    this.typeIndex = new Map(this.staticTypes.map((t) => [t.full, t]));
    this.bytes = 0;
  }

  registerType(file, entry) {
    file.localTypes.push(entry);
    file.types.push(entry);
    this.typeIndex.set(entry.full, entry);
    return entry;
  }

  // ---------------------------------------------------------------- planning

  build() {
    for (const s of STATIC_FILES) {
      const file = { path: s.path, text: s.text, static: true, importers: new Set(), bytes: Buffer.byteLength(s.text) };
      this.files.push(file);
      this.byPath.set(file.path, file);
      this.bytes += file.bytes;
    }
    const groups = this.plan();
    this.assignBudgets(groups);
    for (const group of groups) for (const pkg of group) this.genPackage(pkg);
    return this;
  }

  plan() {
    const { rng, spec } = this;
    const groups = [];
    let planned = STATIC_FILES.length;
    spec.giants.forEach((bytes, i) => {
      const product = ['compute', 'containers', 'networking'][i % 3];
      const pkg = this.newPackage({ org: W.ORGS[i % W.ORGS.length], area: 'cloud', product, version: 'v1', kind: 'monolith' });
      pkg.plans = [{ role: 'monolith', name: `${product}.proto`, giant: bytes }];
      planned += 1;
      groups.push([pkg]);
    });
    for (let i = 0; i < spec.adsVersions.length; i++) {
      const group = this.planAds(spec.adsVersions[i], spec.adsFilesPerVersion);
      planned += group.reduce((n, p) => n + p.plans.length, 0);
      groups.push(group);
    }
    const standard = [];
    while (planned < spec.files) {
      const org = rng.weighted(W.ORGS.map((o, i) => [o, 1 / (i + 2)]));
      const area = rng.chance(0.3) ? '' : rng.chance(0.55) ? 'cloud' : rng.pick(W.AREAS);
      const product = rng.pick(W.PRODUCTS);
      const versions = rng.weighted([[1, 60], [2, 30], [3, 10]]);
      const chosen = rng.sample(VERSIONS.map(([v]) => v), versions);
      const group = [];
      for (const version of chosen) {
        if (planned >= spec.files) break;
        const path = [org, area, product, version].filter(Boolean).join('/');
        if (this.packagePaths.has(path)) continue;
        let n = rng.weighted([[1, 9], [2, 14], [3, 14], [4, 12], [5, 10], [6, 8], [7, 7], [8, 6], [10, 6], [12, 5], [16, 4], [24, 3], [34, 2]]);
        n = Math.min(n, spec.files - planned);
        const pkg = this.newPackage({ org, area, product, version, kind: 'standard' });
        pkg.plans = this.planStandardFiles(pkg, n);
        planned += n;
        group.push(pkg);
        standard.push(pkg);
      }
      if (group.length) groups.push(group);
    }
    // A few proto2 packages and a few editions packages, spread over the corpus.
    const order = rng.shuffle(standard.slice());
    const nEditions = Math.max(3, Math.round(standard.length * 0.012));
    const nProto2 = Math.max(4, Math.round(standard.length * 0.06));
    order.slice(0, nEditions).forEach((p) => { p.syntax = 'editions'; p.implicit = rng.chance(0.5); });
    order.slice(nEditions, nEditions + nProto2).forEach((p) => { p.syntax = 'proto2'; });
    const giants = groups.filter((g) => g[0].kind === 'monolith');
    const rest = rng.shuffle(groups.filter((g) => g[0].kind !== 'monolith'));
    // Giant files come after the first third, so that they can import earlier packages.
    const at = Math.floor(rest.length / 3);
    rest.splice(at, 0, ...giants);
    return rest;
  }

  newPackage({ org, area, product, version, kind, sub }) {
    const parts = [org, area, product, version, sub].filter(Boolean);
    const pkg = {
      org, area, product, version, kind, sub,
      dir: parts.join('/'),
      name: parts.join('.'),
      syntax: 'proto3',
      implicit: false,
      topNames: new Set(),
      nestedNames: new Set(),
      valueNames: new Set(),
      extNames: new Set(),
      fileNames: new Set(),
      files: [],
      resources: [],
      deps: [],
      plans: [],
    };
    this.packagePaths.add(pkg.dir);
    this.packages.push(pkg);
    return pkg;
  }

  uniqueFileName(pkg, candidates) {
    for (const c of candidates) {
      if (!pkg.fileNames.has(c)) {
        pkg.fileNames.add(c);
        return c;
      }
    }
    for (let i = 2; ; i++) {
      const c = candidates[0].replace(/\.proto$/, `_${i}.proto`);
      if (!pkg.fileNames.has(c)) {
        pkg.fileNames.add(c);
        return c;
      }
    }
  }

  planStandardFiles(pkg, n) {
    const { rng } = this;
    const roles = [];
    if (n === 1) {
      roles.push(rng.chance(0.75) ? 'service' : 'resource');
    } else if (n === 2) {
      roles.push('resource', 'service');
    } else {
      const common = rng.chance(0.5) ? 1 : 0;
      const events = n >= 5 && rng.chance(0.4) ? 1 : 0;
      const resources = Math.max(1, Math.round((n - common - events) * 0.45));
      const services = n - common - events - resources;
      for (let i = 0; i < common; i++) roles.push('common');
      for (let i = 0; i < resources; i++) roles.push('resource');
      for (let i = 0; i < events; i++) roles.push('events');
      for (let i = 0; i < services; i++) roles.push('service');
    }
    const nouns = rng.sample(W.NOUNS, n + 4);
    return roles.map((role, i) => {
      const noun = nouns[i];
      let name;
      if (role === 'common') name = this.uniqueFileName(pkg, [rng.pick(['common.proto', 'types.proto', 'shared.proto', 'resources.proto'])]);
      else if (role === 'resource') name = this.uniqueFileName(pkg, [`${noun}.proto`, `${noun}_resources.proto`]);
      else if (role === 'events') name = this.uniqueFileName(pkg, [rng.pick(['events.proto', 'audit_log.proto', 'notifications.proto', 'logging.proto'])]);
      else name = this.uniqueFileName(pkg, i === roles.indexOf('service') ? [`${pkg.product}_service.proto`, `${noun}_service.proto`] : [`${noun}_service.proto`]);
      return { role, name, noun };
    });
  }

  planAds(version, total) {
    const { rng } = this;
    const org = rng.pick(W.ORGS);
    const product = rng.pick(['adnet', 'admanager', 'adsense', 'adplanner']);
    const base = { org, area: 'ads', product, version };
    const counts = {
      common: Math.max(3, Math.round(total * 0.05)),
      enums: Math.round(total * 0.45),
      resources: Math.round(total * 0.28),
    };
    counts.services = total - counts.common - counts.enums - counts.resources;
    const enums = this.newPackage({ ...base, kind: 'ads-enums', sub: 'enums' });
    const common = this.newPackage({ ...base, kind: 'ads-common', sub: 'common' });
    const resources = this.newPackage({ ...base, kind: 'ads-resources', sub: 'resources' });
    const services = this.newPackage({ ...base, kind: 'ads-services', sub: 'services' });
    common.deps = [enums];
    resources.deps = [enums, common];
    services.deps = [enums, common, resources];
    for (let i = 0; i < counts.enums; i++) {
      const noun = rng.pick(W.NOUNS);
      const suffix = lowerSnake(rng.pick(W.ENUM_SUFFIXES));
      enums.plans.push({ role: 'ads-enum', name: this.uniqueFileName(enums, [`${noun}_${suffix}.proto`, `${rng.pick(W.ADJECTIVES)}_${noun}_${suffix}.proto`]) });
    }
    for (let i = 0; i < counts.common; i++) {
      common.plans.push({ role: 'ads-common', name: this.uniqueFileName(common, [`${rng.pick(W.NOUNS)}_${rng.pick(['info', 'infos', 'criteria', 'metrics', 'segments'])}.proto`]) });
    }
    const resourceNouns = [];
    for (let i = 0; i < counts.resources; i++) {
      const noun = rng.chance(0.6) ? rng.pick(W.NOUNS) : `${rng.pick(W.NOUNS)}_${rng.pick(W.NOUNS)}`;
      const name = this.uniqueFileName(resources, [`${noun}.proto`, `${rng.pick(W.ADJECTIVES)}_${noun}.proto`]);
      const fileNoun = name.replace(/\.proto$/, '');
      resourceNouns.push(fileNoun);
      resources.plans.push({ role: 'ads-resource', name, noun: fileNoun });
    }
    for (let i = 0; i < counts.services; i++) {
      const noun = resourceNouns[i % resourceNouns.length];
      services.plans.push({ role: 'ads-service', name: this.uniqueFileName(services, [`${noun}_service.proto`, `${noun}_${rng.pick(['mutate', 'query', 'batch'])}_service.proto`]), noun });
    }
    return [enums, common, resources, services];
  }

  assignBudgets(groups) {
    const { rng, spec } = this;
    let raw = 0;
    let giants = 0;
    for (const group of groups) {
      for (const pkg of group) {
        for (const plan of pkg.plans) {
          if (plan.giant) {
            giants += plan.giant;
            continue;
          }
          plan.raw = ROLE_WEIGHT[plan.role] * Math.min(12, rng.lognormal(1, 0.75));
          raw += plan.raw;
        }
      }
    }
    this.budget = { raw, giants, target: spec.bytes, given: 0, got: 0 };
  }

  /**
   * The byte budget of the next file: its share of what is left of the target,
   * divided by how much files have overshot their budgets so far (a file always
   * holds at least one declaration, and a service at least a few methods).
   */
  nextBudget(plan) {
    const b = this.budget;
    if (plan.giant) {
      b.giants -= plan.giant;
      return plan.giant;
    }
    const left = b.target - this.bytes - b.giants;
    const overshoot = b.given > 200_000 ? Math.min(4, Math.max(0.5, b.got / b.given)) : 1;
    const share = Math.max(600, (left * plan.raw) / b.raw / overshoot);
    b.raw -= plan.raw;
    return share;
  }

  // ------------------------------------------------------------- packages

  genPackage(pkg) {
    const { rng } = this;
    const orgTitle = pascal(pkg.org);
    const words = [pkg.org, pkg.area, pkg.product, pkg.version, pkg.sub].filter(Boolean);
    pkg.host = `${pkg.product}.${pkg.org}.com`;
    pkg.rootSegments = pkg.kind.startsWith('ads') ? [['customers', 'customer_id']] : rng.pick(ROOTS);
    pkg.goPackage = `${pkg.area === 'cloud' ? 'cloud' : 'go'}.${pkg.org}.com/${[pkg.area === 'cloud' ? '' : pkg.area, pkg.product, `api${pkg.version}`].filter(Boolean).join('/')}/${pkg.sub ? `${pkg.sub}/` : ''}${pkg.product}${pkg.sub ?? ''}pb;${pkg.product}${pkg.sub ?? ''}pb`;
    pkg.javaPackage = `com.${words.join('.')}`;
    pkg.dotted = words.map((w) => pascal(w)).join('.');
    pkg.langs = rng.chance(0.6);
    pkg.license = `// Copyright ${rng.int(2017, 2025)} ${orgTitle} LLC\n//\n// Licensed under the Apache License, Version 2.0 (the "License");\n// you may not use this file except in compliance with the License.\n// You may obtain a copy of the License at\n//\n//     http://www.apache.org/licenses/LICENSE-2.0\n//\n// Unless required by applicable law or agreed to in writing, software\n// distributed under the License is distributed on an "AS IS" BASIS,\n// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n// See the License for the specific language governing permissions and\n// limitations under the License.\n`;
    if (pkg.kind === 'standard' || pkg.kind === 'monolith') {
      const earlier = this.standardPackages;
      const sameOrg = earlier.filter((p) => p.org === pkg.org);
      const n = rng.weighted([[0, 45], [1, 35], [2, 20]]);
      for (let i = 0; i < n && earlier.length; i++) {
        const dep = rng.chance(0.7) && sameOrg.length ? rng.pick(sameOrg) : rng.pick(earlier);
        if (!pkg.deps.includes(dep)) pkg.deps.push(dep);
      }
    }
    for (const plan of pkg.plans) {
      const file = this.newFile(pkg, plan.name, plan.role);
      file.noun = plan.noun;
      file.budget = this.nextBudget(plan);
      this.genFile(file);
      this.finishFile(file);
      if (!plan.giant) {
        this.budget.given += file.budget;
        this.budget.got += file.bytes;
      }
    }
    if (pkg.kind === 'standard') this.standardPackages.push(pkg);
  }

  newFile(pkg, name, role) {
    const file = {
      path: `${pkg.dir}/${name}`,
      pkg,
      pkgName: pkg.name,
      syntax: pkg.syntax,
      role,
      license: pkg.license,
      imports: new Set(),
      options: [],
      items: [],
      importers: new Set(),
      types: [],
      size: 1200,
      cache: new Map(),
    };
    // Files this one may import: earlier non-service files of its package, and
    // the non-service files of the packages it depends on.
    const siblings = pkg.files.filter((f) => f.role !== 'service' && f.role !== 'ads-service');
    const deps = [];
    for (const dep of pkg.deps) for (const f of dep.files) if (f.role !== 'service' && f.role !== 'ads-service') deps.push(f);
    file.siblings = siblings;
    file.depFiles = deps;
    file.localTypes = [];
    pkg.files.push(file);
    this.byPath.set(file.path, file);
    return file;
  }

  finishFile(file) {
    file.options = this.fileOptions(file);
    file.text = renderFile(file, file.cache);
    file.bytes = Buffer.byteLength(file.text);
    file.cache = null;
    this.bytes += file.bytes;
    this.files.push(file);
  }

  fileOptions(file) {
    const { rng } = this;
    const { pkg } = file;
    const base = pascal(file.path.split('/').pop().replace(/\.proto$/, ''));
    const opts = [];
    if (rng.chance(0.3)) opts.push('cc_enable_arenas = true');
    if (pkg.langs) opts.push(`csharp_namespace = "${pkg.dotted}"`);
    opts.push(`go_package = "${pkg.goPackage}"`);
    opts.push('java_multiple_files = true');
    opts.push(`java_outer_classname = "${base}Proto"`);
    opts.push(`java_package = "${pkg.javaPackage}"`);
    if (pkg.syntax === 'proto2' && rng.chance(0.5)) opts.push('optimize_for = SPEED');
    if (pkg.langs) {
      opts.push(`php_namespace = "${pkg.dotted.replaceAll('.', '\\\\')}"`);
      opts.push(`ruby_package = "${pkg.dotted.replaceAll('.', '::')}"`);
    }
    if (rng.chance(0.15)) opts.push(`objc_class_prefix = "${pkg.org.slice(0, 1).toUpperCase()}${pkg.product.slice(0, 2).toUpperCase()}"`);
    opts.sort();
    if (file.syntax === 'editions' && pkg.implicit) opts.push('features.field_presence = IMPLICIT');
    if (file.resourceDefinition) opts.push(file.resourceDefinition);
    return opts;
  }

  // ----------------------------------------------------------------- files

  genFile(file) {
    switch (file.role) {
      case 'resource': this.genResourceFile(file); break;
      case 'service': this.genServiceFile(file); break;
      case 'common':
      case 'events': this.genCommonFile(file); break;
      case 'monolith': this.genMonolith(file); break;
      case 'ads-enum': this.genAdsEnumFile(file); break;
      case 'ads-common': this.genAdsCommonFile(file); break;
      case 'ads-resource': this.genAdsResourceFile(file); break;
      case 'ads-service': this.genAdsServiceFile(file); break;
      default: throw new Error(`unknown role ${file.role}`);
    }
  }

  pushItem(file, item, at = file.items.length) {
    file.items.splice(at, 0, item);
    const text = renderItem(item, file.syntax);
    file.cache.set(item, text);
    file.size += Buffer.byteLength(text) + 1;
  }

  genResourceFile(file) {
    const { rng } = this;
    let noun = file.noun;
    while (file.size < file.budget) {
      this.addResource(file, noun);
      noun = rng.pick(W.NOUNS);
      if (file.size < file.budget && rng.chance(0.35)) {
        this.pushItem(file, rng.chance(0.7) ? this.randomMessage(file) : this.randomEnum(file));
      }
    }
    if (rng.chance(0.08) && file.syntax !== 'editions') {
      const [seg] = rng.pick(ROOTS);
      file.resourceDefinition = `(google.api.resource_definition) = {\n  type: "${file.pkg.host}/${pascal(seg[1])}"\n  pattern: "${seg[0]}/{${seg[1]}}"\n}`;
      file.imports.add(IMPORT_RESOURCE);
    }
    this.addExtends(file);
  }

  genCommonFile(file) {
    const { rng } = this;
    do {
      const r = rng.next();
      this.pushItem(file, r < 0.65 ? this.randomMessage(file) : this.randomEnum(file));
    } while (file.size < file.budget);
    this.addExtends(file);
  }

  genMonolith(file) {
    const { rng } = this;
    const resources = [];
    while (file.size < file.budget * 0.8) {
      if (rng.chance(0.75)) {
        const noun = rng.chance(0.5) ? rng.pick(W.NOUNS) : `${rng.pick(W.ADJECTIVES)}_${rng.pick(W.NOUNS)}`;
        const r = this.addResource(file, noun, { hashed: true, plain: true });
        if (r) resources.push(r);
      } else {
        this.pushItem(file, this.randomMessage(file, { hashed: true }));
      }
    }
    while (file.size < file.budget && resources.length) {
      const chunk = resources.splice(0, rng.int(3, 8));
      this.addService(file, chunk, { budget: file.budget, lro: false, name: `${chunk[0].name}s` });
    }
  }

  // -------------------------------------------------------------- names

  topName(pkg, candidates) {
    for (const c of candidates) {
      if (c && !pkg.topNames.has(c) && !pkg.nestedNames.has(c)) {
        pkg.topNames.add(c);
        return c;
      }
    }
    return null;
  }

  randomTopName(pkg, qualifiers = W.QUALIFIERS) {
    const { rng } = this;
    for (let i = 0; i < 40; i++) {
      const noun = pascal(rng.pick(W.NOUNS));
      const c = i < 10 ? `${noun}${rng.pick(qualifiers)}`
        : i < 25 ? `${pascal(rng.pick(W.ADJECTIVES))}${noun}${rng.pick(qualifiers)}`
          : `${noun}${pascal(rng.pick(W.NOUNS))}${rng.pick(qualifiers)}`;
      const name = this.topName(pkg, [c]);
      if (name) return name;
    }
    throw new Error(`no free message name in ${pkg.name}`);
  }

  nestedName(pkg, scope, candidates) {
    for (const c of candidates) {
      if (!pkg.topNames.has(c) && !scope.has(c)) {
        scope.add(c);
        pkg.nestedNames.add(c);
        return c;
      }
    }
    return null;
  }

  fieldName(msg, repeated) {
    const { rng } = this;
    for (let i = 0; i < 30; i++) {
      const r = rng.next();
      let name;
      if (r < 0.35) name = rng.pick(W.ATTRS);
      else if (r < 0.7) name = `${rng.pick(W.NOUNS)}_${rng.pick(W.ATTRS)}`;
      else if (r < 0.85) name = `${rng.pick(W.ADJECTIVES)}_${rng.pick(W.ATTRS)}`;
      else name = `${rng.pick(W.ADJECTIVES)}_${rng.pick(W.NOUNS)}_${rng.pick(W.ATTRS)}`;
      if (repeated && !name.endsWith('s')) name = plural(name);
      if (this.nameFree(msg, name)) return name;
    }
    for (let i = 2; ; i++) {
      const name = `${rng.pick(W.ATTRS)}_${i}`;
      if (this.nameFree(msg, name)) return name;
    }
  }

  // Field names must be unique, and so must their JSON names and (protobuf-go
  // checks this for proto3) their lower-cased forms without underscores.
  nameFree(msg, name) {
    return !msg.used.names.has(name) && !msg.used.json.has(jsonName(name)) && !msg.used.loose.has(looseName(name));
  }

  claimName(msg, name, json) {
    msg.used.names.add(name);
    msg.used.json.add(json ?? jsonName(name));
    msg.used.loose.add(looseName(name));
  }

  allocNumber(msg) {
    const { rng } = this;
    if (msg.hashed) {
      for (;;) {
        const n = rng.int(1, MAX_FIELD);
        if (!msg.used.nums.has(n) && (n < 19000 || n > 19999)) {
          msg.used.nums.add(n);
          return n;
        }
      }
    }
    for (;;) {
      const n = msg.next++;
      if (msg.used.nums.has(n) || (n >= 19000 && n <= 19999) || msg.ext.some(([lo, hi]) => n >= lo && n <= (hi === 'max' ? MAX_FIELD : hi))) continue;
      if (rng.chance(0.025) && n > 1) {
        this.reserve(msg, n, null);
        continue;
      }
      msg.used.nums.add(n);
      return n;
    }
  }

  reserve(msg, number, name) {
    if (!msg.reserved) {
      msg.reserved = { k: 'reserved', ranges: [], names: [] };
      const firstField = msg.members.findIndex((m) => m.k !== 'message' && m.k !== 'enum');
      msg.members.splice(firstField < 0 ? msg.members.length : firstField, 0, msg.reserved);
    }
    if (number !== null) {
      msg.used.nums.add(number);
      const last = msg.reserved.ranges[msg.reserved.ranges.length - 1];
      if (last && last[1] === number - 1) last[1] = number;
      else msg.reserved.ranges.push([number, number]);
    }
    if (name !== null) {
      this.claimName(msg, name);
      msg.reserved.names.push(name);
    }
  }

  // ------------------------------------------------------------ comments

  /** One sentence of API documentation, from a small grammar. min/max bound the filler variant. */
  sentence(min = 6, max = 20) {
    const { rng } = this;
    const noun = () => rng.pick(W.NOUNS).replaceAll('_', ' ');
    const nouns = () => plural(rng.pick(W.NOUNS)).replaceAll('_', ' ');
    const subject = () => rng.weighted([
      [`the ${noun()}`, 4], ['this field', 2], ['the server', 1], ['the caller', 1], [`each ${noun()}`, 1],
      ['the service', 1], ['the request', 1], [`the ${rng.pick(W.ADJECTIVES)} ${noun()}`, 2], ['the value', 1],
    ]);
    const object = () => rng.weighted([
      [`the ${noun()}`, 3], [`all ${nouns()}`, 1], [`the ${rng.pick(W.ATTRS).replaceAll('_', ' ')} of the ${noun()}`, 2],
      [`one or more ${nouns()}`, 1], [`the ${rng.pick(W.ADJECTIVES)} ${noun()}`, 2], [`\`${rng.pick(W.ATTRS)}\``, 2],
    ]);
    const clause = () => `${subject()} ${rng.pick([
      'is set', 'is empty', 'is not specified', 'changes', 'is deleted', 'has not been created yet',
      'exceeds its quota', `is in the \`${rng.pick(W.VALUE_WORDS)}\` state`, 'is updated', 'is unreachable',
      'was created by another caller', 'is shared across projects',
    ])}`;
    const verb = () => rng.pick([
      'identifies', 'controls', 'specifies', 'determines', 'contains', 'describes', 'references',
      'returns', 'overrides', 'limits', 'configures', 'tracks', 'records', 'applies to', 'must match',
      'may differ from', 'is ignored by', 'is derived from', 'is copied to', 'replaces',
    ]);
    const tail = () => rng.weighted([
      ['', 4], [` when ${clause()}`, 2], [` if ${clause()}`, 1], [` unless ${clause()}`, 1],
      [`, and ${clause()}`, 1], [` for ${nouns()} in the same ${rng.pick(['project', 'location', 'region', 'parent'])}`, 1],
      [` within the parent ${noun()}`, 1],
    ]);
    let text = rng.weighted([
      ['svo', 10], ['if', 2], ['max', 1], ['default', 1], ['see', 0.5], ['only', 1], ['immutable', 0.5],
      ['example', 0.7], ['filler', 1.5],
    ]);
    switch (text) {
      case 'svo': text = `${subject()} ${verb()} ${object()}${tail()}`; break;
      case 'if': text = `if ${clause()}, ${subject()} ${verb()} ${object()}`; break;
      case 'max': text = `must be at most ${rng.pick([63, 128, 256, 1024, 2048])} characters long`; break;
      case 'default': text = `defaults to \`${rng.pick(['0', 'false', '""', rng.pick(W.VALUE_WORDS), '30s', '100'])}\` when not set`; break;
      case 'see': text = `see https://cloud.${rng.pick(W.ORGS)}.com/${rng.pick(W.PRODUCTS)}/docs/${plural(rng.pick(W.NOUNS))} for details`; break;
      case 'only': text = `this field is only set when \`${rng.pick(W.ATTRS)}\` is \`${rng.pick(W.VALUE_WORDS)}\``; break;
      case 'immutable': text = `changing this field after the ${noun()} is created has no effect`; break;
      case 'example': text = `example: \`${rng.pick(['projects/my-project/locations/us-central1', 'us-east1-b', 'gs://bucket/path/object', '2024-01-01T00:00:00Z', 'en-US', '1.5s'])}\``; break;
      default: {
        const words = [];
        for (let i = rng.int(min, max); i > 0; i--) words.push(rng.chance(0.05) ? rng.pick(W.UNICODE_WORDS) : rng.pick(W.FILLER));
        text = words.join(' ');
      }
    }
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  }

  prose(sentences) {
    const out = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence());
    return out.join(' ');
  }

  /** A doc comment: a lead sentence, then filler, sometimes a second paragraph or a list. */
  doc(lead, extra) {
    const { rng } = this;
    let text = lead ? `${lead}${extra ? ' ' : ''}${this.prose(extra)}` : this.prose(Math.max(1, extra));
    if (rng.chance(0.08)) text += `\n\n${this.prose(rng.int(1, 3))}`;
    if (rng.chance(0.04)) {
      const items = [];
      for (let i = rng.int(2, 5); i > 0; i--) items.push(`* \`${rng.pick(W.VALUE_WORDS)}\`: ${this.sentence(4, 12)}`);
      text += `\n\nSupported values:\n\n${items.join('\n')}`;
    }
    return text;
  }

  maybeDoc(p, lead, median) {
    if (!this.rng.chance(p)) return null;
    return this.doc(lead, this.rng.count(median, 0.7, 0, 12));
  }

  // -------------------------------------------------------------- types

  useEntry(file, referrerTop, entry) {
    if (entry.path !== file.path) {
      file.imports.add(entry.path);
      this.byPath.get(entry.path)?.importers.add(file.path);
    }
    if (entry.top && entry.top !== referrerTop) this.refs.set(entry.top, (this.refs.get(entry.top) ?? 0) + 1);
  }

  typeRef(file, msg, entry) {
    if (entry.pkg === file.pkgName) {
      if (entry.parent && msg && entry.parent === msg.full) return entry.rel.split('.').pop();
      return entry.rel;
    }
    return this.rng.chance(0.03) ? `.${entry.full}` : entry.full;
  }

  enumAllowed(file, entry) {
    return entry.kind !== 'enum' || (entry.syntax === 'proto2') === (file.syntax === 'proto2');
  }

  /** A message or enum type for a field of msg: from this file, its package, its dependencies, or google/*. */
  pickRefType(file, msg, mapValue = false) {
    const { rng } = this;
    for (let attempt = 0; attempt < 8; attempt++) {
      const source = rng.weighted([
        ['local', file.localTypes.length ? 40 : 0],
        ['sibling', file.siblings.length ? 30 : 0],
        ['dep', file.depFiles.length ? 14 : 0],
        ['static', 8],
      ]);
      let entry;
      if (source === 'local') {
        entry = rng.pick(file.localTypes);
      } else if (source === 'static') {
        entry = rng.weighted(this.staticTypes.map((t) => [t, t.weight]));
      } else {
        const from = rng.pick(source === 'sibling' ? file.siblings : file.depFiles);
        if (!from.types.length) continue;
        entry = rng.pick(from.types);
      }
      if (!this.enumAllowed(file, entry)) continue;
      // A map's enum values must start at zero.
      if (mapValue && entry.noZero) continue;
      this.useEntry(file, msg.top, entry);
      return { type: this.typeRef(file, msg, entry), kind: entry.kind };
    }
    return null;
  }

  wkt(file, full) {
    const t = full ? WKT_TYPES.find((w) => w.full === full) : this.rng.weighted(WKT_TYPES.map((w) => [w, w.weight]));
    file.imports.add(t.path);
    return { type: t.full, kind: 'message' };
  }

  staticType(file, msg, full) {
    const entry = this.typeIndex.get(full);
    this.useEntry(file, msg.top, entry);
    return { type: entry.full, kind: entry.kind };
  }

  scalar(name = this.rng.weighted(SCALAR_WEIGHTS)) {
    return { type: name, kind: 'scalar' };
  }

  /** A type that fits the field's name, or a random one. */
  fieldType(file, msg, name, allowMap) {
    const { rng } = this;
    const last = name.split('_').pop().replace(/s$/, '');
    const lastRaw = name.split('_').pop();
    if (allowMap && (lastRaw === 'labels' || lastRaw === 'annotations') && rng.chance(0.9)) return { map: ['string', 'string'] };
    if (TIME_WORDS.has(last) && rng.chance(0.8)) return this.wkt(file, 'google.protobuf.Timestamp');
    if (DURATION_WORDS.has(last) && rng.chance(0.7)) return this.wkt(file, 'google.protobuf.Duration');
    if (MONEY_WORDS.has(last) && rng.chance(0.4)) return this.staticType(file, msg, 'google.type.Money');
    if (last === 'mask' && rng.chance(0.8)) return this.wkt(file, 'google.protobuf.FieldMask');
    const is = (set) => set.has(last) || set.has(lastRaw);
    if (is(INT_WORDS)) return this.scalar(rng.weighted([['int32', 5], ['int64', 5], ['uint32', 1], ['uint64', 1]]));
    if (is(BOOL_WORDS)) return this.scalar('bool');
    if (is(FLOAT_WORDS)) return this.scalar(rng.chance(0.7) ? 'double' : 'float');
    if (is(STRING_WORDS) && rng.chance(0.85)) return this.scalar('string');
    const r = rng.next();
    if (r < 0.58) return this.scalar();
    if (r < 0.68) return this.wkt(file);
    return this.pickRefType(file, msg) ?? this.scalar();
  }

  // ------------------------------------------------------------- fields

  /**
   * Adds a field to msg (or to oneof, when given). Options:
   * name, type ({type, kind}), shape ('single'|'repeated'|'map'), behavior,
   * comment, label, noOptions.
   */
  addField(file, msg, o = {}) {
    const { rng } = this;
    const { syntax } = file;
    const oneof = o.oneof ?? null;
    const heavyOptional = msg.hashed || file.pkg.kind.startsWith('ads');
    let shape = o.shape ?? (oneof ? 'single' : rng.weighted([['single', 78], ['repeated', 14], ['map', heavyOptional ? 0 : 5]]));
    const name = o.name ?? this.fieldName(msg, shape === 'repeated');
    let t = o.type ?? (shape === 'map' ? null : this.fieldType(file, msg, name, !oneof && shape === 'single'));
    let map = null;
    if (shape === 'map' || t?.map) {
      shape = 'map';
      const key = t?.map ? t.map[0] : rng.weighted(MAP_KEYS);
      let value = t?.map ? { type: t.map[1], kind: 'scalar' } : null;
      if (!value) {
        const r = rng.next();
        value = r < 0.55 ? this.scalar() : r < 0.65 ? this.wkt(file) : this.pickRefType(file, msg, true) ?? this.scalar();
      }
      map = [key, value.type];
      t = { type: null, kind: value.kind };
    }
    let label = '';
    if (shape === 'repeated') label = 'repeated';
    else if (shape === 'single' && !oneof) {
      if (syntax === 'proto2') label = t.kind === 'scalar' && rng.chance(0.05) && !o.noRequired ? 'required' : 'optional';
      else if (syntax === 'proto3') label = o.label ?? (rng.chance(heavyOptional ? 0.75 : 0.06) ? 'optional' : '');
    }
    const f = {
      k: 'field', label, type: t.type, map, name, number: this.allocNumber(msg), json: null,
      opts: [], comment: null, trailing: null, kind: t.kind,
    };
    const opts = f.opts;
    if (o.behavior !== undefined) {
      if (o.behavior) opts.push(...o.behavior.map((b) => `(google.api.field_behavior) = ${b}`));
    } else if (!o.noOptions && !file.pkg.kind.startsWith('monolith') && rng.chance(0.22)) {
      opts.push(`(google.api.field_behavior) = ${rng.weighted(BEHAVIORS)}`);
      if (rng.chance(0.08)) opts.push(`(google.api.field_behavior) = ${rng.pick(['IMMUTABLE', 'UNORDERED_LIST', 'NON_EMPTY_DEFAULT'])}`);
    }
    if (opts.some((x) => x.startsWith('(google.api.field_behavior)'))) file.imports.add(IMPORT_FIELD_BEHAVIOR);
    if (o.reference) {
      opts.push(`(google.api.resource_reference) = { ${o.reference} }`);
      file.imports.add(IMPORT_RESOURCE);
    }
    if (!o.noOptions) {
      if (rng.chance(0.015)) opts.push('deprecated = true');
      const scalarType = t.kind === 'scalar' && !map ? f.type : null;
      if (syntax === 'proto2' && label === 'optional' && scalarType && rng.chance(0.1)) {
        opts.push(`default = ${this.defaultValue(scalarType)}`);
        f.hasDefault = true;
      }
      if (syntax === 'proto2' && label === 'repeated' && PACKABLE.has(scalarType) && rng.chance(0.25)) {
        opts.push('packed = true');
        f.pinned = true;
      }
      if (syntax === 'editions' && label === 'repeated' && PACKABLE.has(scalarType) && rng.chance(0.15)) {
        opts.push('features.repeated_field_encoding = EXPANDED');
        f.pinned = true;
      }
      if (syntax === 'editions' && !oneof && shape === 'single' && scalarType && rng.chance(0.12)) {
        opts.push(`features.field_presence = ${file.pkg.implicit ? 'EXPLICIT' : 'IMPLICIT'}`);
        f.pinned = true;
      }
      if (rng.chance(0.01)) {
        const json = `${jsonName(name)}Value`;
        if (!msg.used.json.has(json)) {
          f.json = json;
          msg.used.json.add(json);
        }
      }
    }
    this.claimName(msg, name);
    if (o.comment !== undefined) f.comment = o.comment;
    else f.comment = this.maybeDoc(0.72, null, 1.1);
    if (!f.comment && rng.chance(0.03)) f.trailing = this.sentence(3, 8);
    if (f.comment && rng.chance(0.01)) f.commentStyle = 'block';
    if (oneof) oneof.fields.push(f);
    else msg.members.push(f);
    return f;
  }

  defaultValue(type) {
    const { rng } = this;
    switch (type) {
      case 'bool': return rng.pick(['true', 'false']);
      case 'string': return rng.pick(['"unknown"', '"say \\"hi\\"\\n"', '"caf\\303\\251"', '""', '"n/a"']);
      case 'bytes': return rng.pick(['"\\x00\\x01abc"', '"\\377"', '"raw"']);
      case 'float':
      case 'double': return rng.pick(['1.5', '-0.25', 'inf', '-inf', 'nan', '1e+06', '3']);
      default: return UNSIGNED.has(type) ? String(rng.int(0, 5000)) : String(rng.int(-500, 5000));
    }
  }

  addOneof(file, msg) {
    const { rng } = this;
    let name = `${rng.pick(W.NOUNS)}_${rng.pick(['source', 'config', 'target', 'value', 'kind', 'spec', 'selector'])}`;
    if (!this.nameFree(msg, name)) name = `${name}_choice`;
    if (!this.nameFree(msg, name)) return;
    this.claimName(msg, name);
    const oneof = { k: 'oneof', name, comment: this.maybeDoc(0.6, null, 1), fields: [] };
    msg.members.push(oneof);
    for (let i = rng.int(2, 4); i > 0; i--) this.addField(file, msg, { oneof });
  }

  // ----------------------------------------------------------- messages

  newMessage(file, name, parent, extra = {}) {
    const full = parent ? `${parent.full}.${name}` : `${file.pkgName}.${name}`;
    const msg = {
      k: 'message', name, comment: null, opts: [], members: [],
      full, top: parent ? parent.top : full, rel: parent ? `${parent.rel}.${name}` : name,
      used: { names: new Set(), json: new Set(), loose: new Set(), nums: new Set() },
      next: 1, ext: [], reserved: null, scope: new Set(), values: new Set(),
      hashed: Boolean(extra.hashed), depth: parent ? parent.depth + 1 : 0,
    };
    this.registerType(file, entryOf('message', file, full, msg.rel, msg.top, parent?.full ?? null));
    return msg;
  }

  /** A message with random fields, nested types, oneofs and reserved ranges. */
  fillMessage(file, msg, fieldCount) {
    const { rng } = this;
    if (msg.depth < 2 && rng.chance(msg.depth === 0 ? 0.22 : 0.08)) {
      const n = rng.weighted([[1, 6], [2, 2], [3, 1]]);
      for (let i = 0; i < n; i++) {
        if (rng.chance(0.55)) {
          const e = this.nestedEnum(file, msg);
          if (e) msg.members.push(e);
        } else {
          const name = this.nestedName(file.pkg, msg.scope, rng.sample(W.QUALIFIERS, 6).map((q, j) => (j < 3 ? q : `${pascal(rng.pick(W.NOUNS))}${q}`)));
          if (name) {
            const nested = this.newMessage(file, name, msg, { hashed: msg.hashed });
            nested.comment = this.maybeDoc(0.8, null, 2);
            this.fillMessage(file, nested, rng.count(4, 0.7, 1, 20));
            msg.members.push(nested);
          }
        }
      }
    }
    if (file.syntax === 'proto2' && !msg.hashed && rng.chance(0.1)) {
      msg.ext.push(rng.chance(0.7) ? [1000, 1999] : [1000, 'max']);
    }
    const oneofAt = rng.chance(0.12) ? rng.int(0, fieldCount) : -1;
    for (let i = 0; i < fieldCount; i++) {
      if (i === oneofAt) this.addOneof(file, msg);
      this.addField(file, msg);
    }
    if (rng.chance(0.04)) {
      const name = `${rng.pick(W.ADJECTIVES)}_${rng.pick(W.ATTRS)}`;
      if (this.nameFree(msg, name)) this.reserve(msg, null, name);
    }
    if (msg.ext.length) msg.members.push({ k: 'extensions', ranges: msg.ext.map((r) => [...r]) });
    if (rng.chance(0.01)) msg.opts.push('deprecated = true');
    return msg;
  }

  randomMessage(file, extra = {}) {
    const { rng } = this;
    const name = this.randomTopName(file.pkg);
    const msg = this.newMessage(file, name, null, extra);
    msg.comment = this.maybeDoc(0.88, null, 1.8);
    if (msg.comment && rng.chance(0.01)) msg.commentStyle = 'block';
    return this.fillMessage(file, msg, rng.count(extra.hashed ? 14 : 6, 0.8, 0, extra.hashed ? 90 : 45));
  }

  /** A resource message with its google.api.resource option; returns its descriptor. */
  addResource(file, noun, o = {}) {
    const { rng } = this;
    const { pkg } = file;
    const name = this.topName(pkg, [pascal(noun), `${pascal(noun)}${rng.pick(W.QUALIFIERS)}`, `${pascal(rng.pick(W.ADJECTIVES))}${pascal(noun)}`]);
    if (!name) {
      this.pushItem(file, this.randomMessage(file, { hashed: o.hashed }));
      return null;
    }
    const snake = lowerSnake(name);
    const coll = camel(plural(snake));
    const root = pkg.rootSegments;
    const pattern = `${root.map(([c, v]) => `${c}/{${v}}`).join('/')}/${coll}/{${snake}}`;
    const parentStars = root.map(([c]) => `${c}/*`).join('/');
    const res = {
      name, snake, coll, full: `${pkg.name}.${name}`, path: file.path,
      type: `${pkg.host}/${name}`, pattern, parentStars, stars: `${parentStars}/${coll}/*`,
      parentPattern: root.map(([c, v]) => `${c}/{${v}}`).join('/'),
    };
    const msg = this.newMessage(file, name, null, { hashed: o.hashed });
    msg.comment = this.doc(rng.pick([
      `A ${snake.replaceAll('_', ' ')} resource.`,
      `Represents a ${snake.replaceAll('_', ' ')}.`,
      `The ${snake.replaceAll('_', ' ')} resource represents a unit of work in the ${pkg.product} service.`,
      `Message describing ${name} object.`,
    ]), rng.count(2.5, 0.8, 0, 14));
    if (!o.plain) {
      msg.opts.push(`(google.api.resource) = {\n  type: "${res.type}"\n  pattern: "${pattern}"${rng.chance(0.4) ? `\n  plural: "${coll}"\n  singular: "${camel(snake)}"` : ''}\n}`);
      file.imports.add(IMPORT_RESOURCE);
    }
    const fmt = (key) => W.COMMON_FIELD_DOCS[key]
      .replaceAll('{noun}', snake.replaceAll('_', ' '))
      .replaceAll('{plural}', plural(snake).replaceAll('_', ' '))
      .replaceAll('{org}', pkg.org);
    const plainBehavior = (b) => (o.plain ? [] : b);
    this.addField(file, msg, { name: 'name', type: this.scalar('string'), shape: 'single', behavior: plainBehavior(['IDENTIFIER']), comment: `${fmt('name')}\nFormat: \`${pattern}\``, label: '' });
    let stateEnum = null;
    if (rng.chance(0.65)) {
      stateEnum = this.nestedEnum(file, msg, 'State');
      if (stateEnum) msg.members.unshift(stateEnum);
    }
    if (rng.chance(0.6)) this.addField(file, msg, { name: 'display_name', type: this.scalar('string'), shape: 'single', behavior: plainBehavior(['OPTIONAL']), comment: fmt('display_name') });
    if (rng.chance(0.4)) this.addField(file, msg, { name: 'description', type: this.scalar('string'), shape: 'single', behavior: plainBehavior(['OPTIONAL']), comment: fmt('description') });
    if (rng.chance(0.75)) {
      this.addField(file, msg, { name: 'create_time', type: this.wkt(file, 'google.protobuf.Timestamp'), shape: 'single', behavior: plainBehavior(['OUTPUT_ONLY']), comment: fmt('create_time') });
      this.addField(file, msg, { name: 'update_time', type: this.wkt(file, 'google.protobuf.Timestamp'), shape: 'single', behavior: plainBehavior(['OUTPUT_ONLY']), comment: fmt('update_time') });
    }
    if (rng.chance(0.55) && !msg.hashed) this.addField(file, msg, { name: 'labels', shape: 'map', type: { map: ['string', 'string'] }, behavior: plainBehavior(['OPTIONAL']), comment: fmt('labels') });
    if (stateEnum) this.addField(file, msg, { name: 'state', type: { type: stateEnum.name, kind: 'enum' }, shape: 'single', behavior: plainBehavior(['OUTPUT_ONLY']), comment: fmt('state') });
    if (rng.chance(0.35)) this.addField(file, msg, { name: 'etag', type: this.scalar('string'), shape: 'single', behavior: plainBehavior(['OPTIONAL']), comment: fmt('etag') });
    if (rng.chance(0.3)) this.addField(file, msg, { name: 'uid', type: this.scalar('string'), shape: 'single', behavior: plainBehavior(['OUTPUT_ONLY']), comment: fmt('uid') });
    this.fillMessage(file, msg, rng.count(o.hashed ? 14 : 7, 0.8, 0, 60));
    this.pushItem(file, msg);
    res.msg = msg;
    pkg.resources.push(res);
    return res;
  }

  // --------------------------------------------------------------- enums

  enumValues(file, e, scopeValues, prefix, count, proto2Start, initial = null) {
    const { rng } = this;
    const keys = new Set();
    const push = (name, number, comment) => {
      const key = name.replace(prefix, '').replaceAll('_', '').toLowerCase();
      if (scopeValues.has(name) || keys.has(key)) return false;
      scopeValues.add(name);
      keys.add(key);
      e.values.push({ name, number, opts: [], comment });
      return true;
    };
    let next = 1;
    if (initial) {
      initial.forEach(([name, comment], i) => push(name, i, comment));
      next = initial.length;
    } else if (file.syntax !== 'proto2' || !proto2Start) {
      push(`${prefix}UNSPECIFIED`, 0, this.maybeDoc(0.8, 'Unspecified.', 0.3));
    }
    let guard = 0;
    while (e.values.length < count && guard++ < count * 4) {
      const word = rng.chance(0.75) ? rng.pick(W.VALUE_WORDS) : `${rng.pick(W.VALUE_WORDS)}_${upperSnake(pascal(rng.pick(W.NOUNS)))}`;
      if (push(`${prefix && !e.nested ? prefix : ''}${word}`, next, this.maybeDoc(0.55, null, 1))) {
        if (rng.chance(0.03)) e.values[e.values.length - 1].opts.push('deprecated = true');
        next += rng.chance(0.06) ? rng.int(2, 5) : 1;
      }
    }
    if (e.values.length >= 3 && rng.chance(0.02)) {
      const target = e.values[e.values.length - 1];
      if (push(`${target.name}_ALIAS`, target.number, 'An alias kept for compatibility.')) {
        e.opts.push('allow_alias = true');
        e.alias = true;
      }
    }
    if (rng.chance(0.05)) {
      const name = `${prefix && !e.nested ? prefix : ''}OBSOLETE_${rng.pick(W.VALUE_WORDS)}`;
      if (!scopeValues.has(name)) {
        scopeValues.add(name);
        e.reserved = { k: 'reserved', ranges: [[next + 10, next + 10 + rng.int(0, 9)]], names: [name] };
      }
    }
  }

  nestedEnum(file, msg, preferred) {
    const { rng } = this;
    const candidates = preferred ? [preferred, ...rng.sample(W.ENUM_SUFFIXES, 3)] : rng.sample(W.ENUM_SUFFIXES, 5);
    const name = this.nestedName(file.pkg, msg.scope, candidates);
    if (!name) return null;
    const e = { k: 'enum', name, comment: this.maybeDoc(0.85, null, 1.2), opts: [], values: [], reserved: null, nested: true };
    const entry = this.registerType(file, entryOf('enum', file, `${msg.full}.${name}`, `${msg.rel}.${name}`, msg.top, msg.full));
    this.enumValues(file, e, msg.values, `${upperSnake(name)}_`, rng.count(5, 0.6, 2, 40), rng.chance(0.3));
    entry.noZero = e.values[0].number !== 0;
    return e;
  }

  randomEnum(file, o = {}) {
    const { rng } = this;
    const name = o.name ?? this.randomTopName(file.pkg, W.ENUM_SUFFIXES);
    const e = { k: 'enum', name, comment: this.maybeDoc(0.9, null, 1.8), opts: [], values: [], reserved: null, nested: false };
    const entry = this.registerType(file, entryOf('enum', file, `${file.pkgName}.${name}`, name, `${file.pkgName}.${name}`, null));
    this.enumValues(file, e, file.pkg.valueNames, `${upperSnake(name)}_`, o.count ?? rng.count(6, 0.7, 2, 60), rng.chance(0.3));
    entry.noZero = e.values[0].number !== 0;
    return e;
  }

  /** proto2 files: extension fields for the messages that declared extension ranges. */
  addExtends(file) {
    const { rng } = this;
    if (file.syntax !== 'proto2') return;
    for (const item of file.items.slice()) {
      if (item.k !== 'message' || !item.ext.length || !rng.chance(0.6)) continue;
      const x = { k: 'extend', extendee: item.name, comment: this.maybeDoc(0.5, null, 1), fields: [] };
      let number = item.ext[0][0];
      for (let i = rng.int(1, 3); i > 0; i--) {
        const name = `${lowerSnake(item.name)}_${rng.pick(W.ATTRS)}`;
        if (file.pkg.extNames.has(name)) continue;
        file.pkg.extNames.add(name);
        x.fields.push({
          k: 'field', label: 'optional', type: rng.weighted(SCALAR_WEIGHTS), map: null, name,
          number: number++, json: null, opts: [], comment: this.maybeDoc(0.5, null, 1), trailing: null, kind: 'scalar',
        });
      }
      if (!x.fields.length) continue;
      const target = file.types.find((t) => t.full === item.full);
      this.useEntry(file, `${file.pkgName}.extend.${item.name}`, target);
      this.pushItem(file, x);
    }
  }

  // ------------------------------------------------------------ services

  genServiceFile(file) {
    const { rng } = this;
    const { pkg } = file;
    let resources = pkg.resources.filter((r) => file.siblings.some((s) => s.path === r.path));
    if (!resources.length) {
      const made = [];
      for (let i = rng.int(1, 2); i > 0; i--) {
        const r = this.addResource(file, i === 1 ? file.noun : rng.pick(W.NOUNS));
        if (r) made.push(r);
      }
      resources = made;
    }
    resources = rng.sample(resources, rng.int(1, Math.min(6, resources.length)));
    if (!resources.length) {
      this.genCommonFile(file);
      return;
    }
    this.addService(file, resources, { budget: file.budget, lro: rng.chance(0.5) });
  }

  /** A service over the given resources, with CRUD and custom methods, until the budget is used. */
  addService(file, resources, o) {
    const { rng } = this;
    const { pkg } = file;
    const name = this.topName(pkg, [o.name ? `${o.name}Service` : null, `${pascal(pkg.product)}Service`, `${resources[0].name}Service`, `${resources[0].name}Manager`, `${pascal(rng.pick(W.NOUNS))}Service`, `${pascal(rng.pick(W.NOUNS))}${pascal(rng.pick(W.NOUNS))}Service`]);
    if (!name) return;
    const svc = {
      k: 'service', name, full: `${pkg.name}.${name}`,
      comment: this.doc(`Service for managing ${resources.map((r) => plural(r.snake).replaceAll('_', ' ')).join(', ')}.`, rng.count(2, 0.8, 0, 10)),
      opts: [], methods: [],
    };
    if (!pkg.kind.startsWith('monolith') || rng.chance(0.5)) {
      svc.opts.push(`(google.api.default_host) = "${pkg.host}"`);
      svc.opts.push(rng.chance(0.3)
        ? `(google.api.oauth_scopes) =\n    "https://www.${pkg.org}.com/auth/cloud-platform,"\n    "https://www.${pkg.org}.com/auth/cloud-platform.read-only"`
        : `(google.api.oauth_scopes) = "https://www.${pkg.org}.com/auth/cloud-platform"`);
      file.imports.add(IMPORT_CLIENT);
    }
    const at = file.items.length;
    let size = 200;
    const ops = [];
    for (const r of resources) for (const op of ['Get', 'List', 'Create', 'Update', 'Delete']) if (rng.chance(0.9)) ops.push([op, r]);
    const verbs = rng.shuffle(W.VERBS.slice());
    let v = 0;
    const limit = o.maxMethods ?? 120;
    const least = Math.min(ops.length, 2);
    while ((file.size + size < o.budget || svc.methods.length < least) && svc.methods.length < limit) {
      const [op, r] = ops.length ? ops.shift() : [verbs[v++ % verbs.length], rng.pick(resources)];
      if (v > verbs.length * resources.length) break;
      const method = this.addMethod(file, svc, op, r, o.lro);
      if (!method) continue;
      svc.methods.push(method);
      size += Buffer.byteLength(renderItem({ k: 'service', name: 'X', comment: null, opts: [], methods: [method] }, file.syntax)) - 14;
    }
    if (!svc.methods.length) return;
    if (svc.methods.some((m) => m.opts.some((x) => x.startsWith('(google.api.http)')))) file.imports.add(IMPORT_HTTP);
    if (svc.methods.some((m) => m.opts.some((x) => x.startsWith('(google.api.method_signature)')))) file.imports.add(IMPORT_CLIENT);
    this.pushItem(file, svc, at);
  }

  requestMessage(file, name, lead) {
    const msg = this.newMessage(file, name, null);
    msg.comment = this.doc(lead, this.rng.count(0.8, 0.9, 0, 6));
    return msg;
  }

  refField(file, msg, entryFull) {
    const entry = this.findEntry(entryFull);
    this.useEntry(file, msg.top, entry);
    return { type: this.typeRef(file, msg, entry), kind: entry.kind };
  }

  findEntry(full) {
    const entry = this.typeIndex.get(full);
    if (!entry) throw new Error(`no type ${full}`);
    return entry;
  }

  lroOperation(file, svc, responseType) {
    const { pkg } = file;
    if (!pkg.operationMetadata) {
      const name = this.topName(pkg, ['OperationMetadata', `${pascal(pkg.product)}OperationMetadata`]);
      if (name) {
        const msg = this.newMessage(file, name, null);
        msg.comment = 'Represents the metadata of the long-running operation.';
        const ts = () => this.wkt(file, 'google.protobuf.Timestamp');
        this.addField(file, msg, { name: 'create_time', type: ts(), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. The time the operation was created.' });
        this.addField(file, msg, { name: 'end_time', type: ts(), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. The time the operation finished running.' });
        this.addField(file, msg, { name: 'target', type: this.scalar('string'), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. Server-defined resource path for the target of the operation.' });
        this.addField(file, msg, { name: 'verb', type: this.scalar('string'), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. Name of the verb executed by the operation.' });
        this.addField(file, msg, { name: 'status_message', type: this.scalar('string'), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. Human-readable status of the operation, if any.' });
        this.addField(file, msg, { name: 'requested_cancellation', type: this.scalar('bool'), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. Identifies whether the user has requested cancellation of the operation. Operations that have been cancelled successfully have [Operation.error][] value with a [google.rpc.Status.code][google.rpc.Status.code] of 1, corresponding to `Code.CANCELLED`.' });
        this.addField(file, msg, { name: 'api_version', type: this.scalar('string'), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: 'Output only. API version used to start the operation.' });
        this.pushItem(file, msg);
        pkg.operationMetadata = name;
      }
    }
    file.imports.add(IMPORT_LRO);
    this.useEntry(file, svc.full, { top: null, path: IMPORT_LRO });
    return `(google.longrunning.operation_info) = {\n  response_type: "${responseType}"\n  metadata_type: "${pkg.operationMetadata ?? 'google.protobuf.Empty'}"\n}`;
  }

  httpOption(verb, path, body, extra) {
    const lines = [`(google.api.http) = {`, `  ${verb}: "${path}"`];
    if (body) lines.push(`  body: "${body}"`);
    if (extra) lines.push('  additional_bindings {', `    ${verb}: "${extra}"`, ...(body ? [`    body: "${body}"`] : []), '  }');
    lines.push('}');
    return lines.join('\n');
  }

  addMethod(file, svc, op, r, lro) {
    const { rng } = this;
    const { pkg } = file;
    const ver = pkg.version;
    const R = r.name;
    const Rs = pascal(plural(r.snake));
    const refType = (m) => this.refField(file, m, r.full);
    const nameRef = `type: "${r.type}"`;
    const method = { name: null, req: null, res: null, cs: false, ss: false, comment: null, opts: [], braces: false };
    const useLro = lro && (op === 'Create' || op === 'Update' || op === 'Delete' || rng.chance(0.2));
    const fmt = (key) => W.COMMON_FIELD_DOCS[key]
      .replaceAll('{noun}', r.snake.replaceAll('_', ' '))
      .replaceAll('{plural}', plural(r.snake).replaceAll('_', ' '))
      .replaceAll('{Plural}', Rs)
      .replaceAll('{org}', pkg.org)
      .replaceAll('{parentPattern}', r.parentPattern);
    const made = [];
    const claim = (...names) => {
      if (names.some((n) => pkg.topNames.has(n) || pkg.nestedNames.has(n))) return false;
      for (const n of names) pkg.topNames.add(n);
      return true;
    };
    const newReq = (name, lead) => {
      const m = this.requestMessage(file, name, lead);
      made.push(m);
      return m;
    };
    const link = (what) => `[${svc.name}.${what}][${svc.full}.${what}]`;
    const nameField = (m) => this.addField(file, m, { name: 'name', type: this.scalar('string'), shape: 'single', behavior: ['REQUIRED'], reference: nameRef, comment: `Required. The name of the ${r.snake.replaceAll('_', ' ')}.\nFormat: \`${r.pattern}\`` });
    const parentField = (m) => this.addField(file, m, { name: 'parent', type: this.scalar('string'), shape: 'single', behavior: ['REQUIRED'], reference: `child_type: "${r.type}"`, comment: fmt('parent') });
    switch (op) {
      case 'Get': {
        method.name = `Get${R}`;
        if (!claim(`Get${R}Request`)) return null;
        const req = newReq(`Get${R}Request`, `Request message for ${link(method.name)}.`);
        nameField(req);
        if (rng.chance(0.2)) this.addField(file, req, { name: 'view', type: this.scalar('int32'), shape: 'single' });
        method.req = req.name;
        method.res = refType(req).type;
        method.opts.push(this.httpOption('get', `/${ver}/{name=${r.stars}}`, null, rng.chance(0.1) ? `/${ver}/{name=organizations/*/${r.coll}/*}` : null));
        method.opts.push('(google.api.method_signature) = "name"');
        method.comment = this.doc(`Gets details of a single ${r.snake.replaceAll('_', ' ')}.`, rng.count(0.6, 0.9, 0, 4));
        break;
      }
      case 'List': {
        method.name = `List${Rs}`;
        if (!claim(`List${Rs}Request`, `List${Rs}Response`)) return null;
        const req = newReq(`List${Rs}Request`, `Request message for ${link(method.name)}.`);
        const res = newReq(`List${Rs}Response`, `Response message for ${link(method.name)}.`);
        parentField(req);
        this.addField(file, req, { name: 'page_size', type: this.scalar('int32'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('page_size') });
        this.addField(file, req, { name: 'page_token', type: this.scalar('string'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('page_token') });
        if (rng.chance(0.7)) this.addField(file, req, { name: 'filter', type: this.scalar('string'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('filter') });
        if (rng.chance(0.5)) this.addField(file, req, { name: 'order_by', type: this.scalar('string'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('order_by') });
        this.addField(file, res, { name: camel(plural(r.snake)).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), type: refType(res), shape: 'repeated', behavior: null, comment: `The list of ${plural(r.snake).replaceAll('_', ' ')}.` });
        this.addField(file, res, { name: 'next_page_token', type: this.scalar('string'), shape: 'single', behavior: null, comment: fmt('next_page_token') });
        if (rng.chance(0.5)) this.addField(file, res, { name: 'unreachable', type: this.scalar('string'), shape: 'repeated', behavior: null, comment: fmt('unreachable') });
        method.req = req.name;
        method.res = res.name;
        method.opts.push(this.httpOption('get', `/${ver}/{parent=${r.parentStars}}/${r.coll}`));
        method.opts.push('(google.api.method_signature) = "parent"');
        method.comment = this.doc(`Lists ${plural(r.snake).replaceAll('_', ' ')} in a given project and location.`, rng.count(0.6, 0.9, 0, 4));
        break;
      }
      case 'Create': {
        method.name = `Create${R}`;
        if (!claim(`Create${R}Request`)) return null;
        const req = newReq(`Create${R}Request`, `Request message for ${link(method.name)}.`);
        parentField(req);
        this.addField(file, req, { name: `${r.snake}_id`, type: this.scalar('string'), shape: 'single', behavior: ['REQUIRED'], comment: `Required. The ID to use for the ${r.snake.replaceAll('_', ' ')}, which will become the final component of the resource name. This value should be 4-63 characters, and valid characters are /[a-z][0-9]-/.` });
        this.addField(file, req, { name: r.snake, type: refType(req), shape: 'single', behavior: ['REQUIRED'], comment: `Required. The ${r.snake.replaceAll('_', ' ')} to create.` });
        if (rng.chance(0.5)) this.addField(file, req, { name: 'request_id', type: this.scalar('string'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('request_id') });
        if (rng.chance(0.3)) this.addField(file, req, { name: 'validate_only', type: this.scalar('bool'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('validate_only') });
        method.req = req.name;
        method.opts.push(this.httpOption('post', `/${ver}/{parent=${r.parentStars}}/${r.coll}`, r.snake));
        method.opts.push(`(google.api.method_signature) = "parent,${r.snake},${r.snake}_id"`);
        method.comment = this.doc(`Creates a new ${r.snake.replaceAll('_', ' ')} in a given project and location.`, rng.count(0.6, 0.9, 0, 4));
        if (useLro) {
          method.res = 'google.longrunning.Operation';
          method.opts.push(this.lroOperation(file, svc, R));
        } else {
          method.res = refType(req).type;
        }
        break;
      }
      case 'Update': {
        method.name = `Update${R}`;
        if (!claim(`Update${R}Request`)) return null;
        const req = newReq(`Update${R}Request`, `Request message for ${link(method.name)}.`);
        this.addField(file, req, { name: r.snake, type: refType(req), shape: 'single', behavior: ['REQUIRED'], comment: `Required. The ${r.snake.replaceAll('_', ' ')} to update.\n\nThe ${r.snake.replaceAll('_', ' ')}'s \`name\` field is used to identify the ${r.snake.replaceAll('_', ' ')} to be updated.\nFormat: \`${r.pattern}\`` });
        this.addField(file, req, { name: 'update_mask', type: this.wkt(file, 'google.protobuf.FieldMask'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('update_mask') });
        if (rng.chance(0.3)) this.addField(file, req, { name: 'allow_missing', type: this.scalar('bool'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('allow_missing') });
        method.req = req.name;
        method.opts.push(this.httpOption('patch', `/${ver}/{${r.snake}.name=${r.stars}}`, r.snake));
        method.opts.push(`(google.api.method_signature) = "${r.snake},update_mask"`);
        method.comment = this.doc(`Updates the parameters of a single ${r.snake.replaceAll('_', ' ')}.`, rng.count(0.6, 0.9, 0, 4));
        if (useLro) {
          method.res = 'google.longrunning.Operation';
          method.opts.push(this.lroOperation(file, svc, R));
        } else {
          method.res = refType(req).type;
        }
        break;
      }
      case 'Delete': {
        method.name = `Delete${R}`;
        if (!claim(`Delete${R}Request`)) return null;
        const req = newReq(`Delete${R}Request`, `Request message for ${link(method.name)}.`);
        nameField(req);
        if (rng.chance(0.4)) this.addField(file, req, { name: 'etag', type: this.scalar('string'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('etag') });
        if (rng.chance(0.3)) this.addField(file, req, { name: 'force', type: this.scalar('bool'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('force') });
        if (rng.chance(0.4)) this.addField(file, req, { name: 'request_id', type: this.scalar('string'), shape: 'single', behavior: ['OPTIONAL'], comment: fmt('request_id') });
        method.req = req.name;
        method.opts.push(this.httpOption('delete', `/${ver}/{name=${r.stars}}`));
        method.opts.push('(google.api.method_signature) = "name"');
        method.comment = this.doc(`Deletes a single ${r.snake.replaceAll('_', ' ')}.`, rng.count(0.6, 0.9, 0, 4));
        if (useLro) {
          method.res = 'google.longrunning.Operation';
          method.opts.push(this.lroOperation(file, svc, 'google.protobuf.Empty'));
        } else {
          method.res = this.wkt(file, 'google.protobuf.Empty').type;
        }
        break;
      }
      default: {
        const streaming = rng.weighted([['none', 88], ['server', 6], ['client', 3], ['bidi', 3]]);
        const verb = streaming === 'none' ? op : streaming === 'server' ? 'Watch' : streaming === 'client' ? 'Upload' : 'Stream';
        method.name = `${verb}${R}${streaming === 'none' ? '' : rng.pick(['Events', 'Updates', 'Chunks', 'Data'])}`;
        if (svc.methods.some((m) => m.name === method.name)) return null;
        if (!claim(`${method.name}Request`, `${method.name}Response`)) return null;
        const req = newReq(`${method.name}Request`, `Request message for ${link(method.name)}.`);
        const res = newReq(`${method.name}Response`, `Response message for ${link(method.name)}.`);
        nameField(req);
        this.fillMessage(file, req, rng.count(2, 0.8, 0, 12));
        this.fillMessage(file, res, rng.count(3, 0.8, 0, 16));
        method.req = req.name;
        method.res = res.name;
        method.cs = streaming === 'client' || streaming === 'bidi';
        method.ss = streaming === 'server' || streaming === 'bidi';
        if (streaming === 'none') {
          if (rng.chance(0.9)) {
            method.opts.push(this.httpOption('post', `/${ver}/{name=${r.stars}}:${camel(lowerSnake(op))}`, '*'));
            if (rng.chance(0.5)) method.opts.push('(google.api.method_signature) = "name"');
          } else {
            method.braces = rng.chance(0.5);
          }
          if (rng.chance(0.04)) method.opts.push('deprecated = true');
          if (rng.chance(0.03)) method.opts.push('idempotency_level = NO_SIDE_EFFECTS');
        } else {
          method.braces = rng.chance(0.5);
        }
        method.comment = this.doc(`${op === verb ? op : verb}s ${r.snake.replaceAll('_', ' ')} data.`, rng.count(1, 0.9, 0, 5));
        break;
      }
    }
    for (const m of made) this.pushItem(file, m);
    const reqEntry = file.types.find((t) => t.rel === method.req);
    if (reqEntry) this.useEntry(file, svc.full, reqEntry);
    const resEntry = file.types.find((t) => t.rel === method.res);
    if (resEntry) this.useEntry(file, svc.full, resEntry);
    return method;
  }

  // ------------------------------------------------------------------ ads

  genAdsEnumFile(file) {
    const { rng } = this;
    const base = pascal(file.path.split('/').pop().replace(/\.proto$/, ''));
    const wrapperName = this.topName(file.pkg, [`${base}Enum`, `${base}TypeEnum`]) ?? this.randomTopName(file.pkg, ['Enum']);
    const wrapper = this.newMessage(file, wrapperName, null);
    wrapper.comment = `Container for enum describing the ${lowerSnake(base).replaceAll('_', ' ')}.`;
    const name = this.nestedName(file.pkg, wrapper.scope, [base, `${base}Value`]);
    const e = { k: 'enum', name, comment: this.doc(`The ${lowerSnake(base).replaceAll('_', ' ')}.`, rng.count(0.5, 1, 0, 3)), opts: [], values: [], reserved: null, nested: true };
    this.registerType(file, entryOf('enum', file, `${wrapper.full}.${name}`, `${wrapper.rel}.${name}`, wrapper.top, wrapper.full));
    const target = Math.max(3, Math.round((file.budget - file.size - 300) / 150));
    this.enumValues(file, e, wrapper.values, '', Math.min(target + 2, 400), false, [
      ['UNSPECIFIED', 'Not specified.'],
      ['UNKNOWN', 'Used for return value only. Represents value unknown in this version.'],
    ]);
    wrapper.members.push(e);
    this.pushItem(file, wrapper);
  }

  genAdsCommonFile(file) {
    do {
      this.pushItem(file, this.randomMessage(file));
    } while (file.size < file.budget);
  }

  genAdsResourceFile(file) {
    const { rng } = this;
    const { pkg } = file;
    const snake = file.noun;
    const name = this.topName(pkg, [pascal(snake), `${pascal(snake)}Resource`]);
    const msg = this.newMessage(file, name, null);
    const coll = camel(plural(snake));
    msg.comment = this.doc(`A ${snake.replaceAll('_', ' ')}.`, rng.count(1, 0.8, 0, 6));
    msg.opts.push(`(google.api.resource) = {\n  type: "${pkg.host}/${name}"\n  pattern: "customers/{customer_id}/${coll}/{${snake}_id}"\n}`);
    file.imports.add(IMPORT_RESOURCE);
    this.addField(file, msg, { name: 'resource_name', type: this.scalar('string'), shape: 'single', behavior: ['IMMUTABLE'], reference: `type: "${pkg.host}/${name}"`, comment: `Immutable. The resource name of the ${snake.replaceAll('_', ' ')}. ${pascal(snake)} resource names have the form:\n\n\`customers/{customer_id}/${coll}/{${snake}_id}\`` });
    this.addField(file, msg, { name: 'id', type: this.scalar('int64'), shape: 'single', behavior: ['OUTPUT_ONLY'], comment: `Output only. The ID of the ${snake.replaceAll('_', ' ')}.`, label: 'optional' });
    while (file.size + this.estimate(msg) < file.budget) {
      if (rng.chance(0.5) && file.depFiles.length) {
        const from = rng.pick(file.depFiles);
        const entry = from.types.length ? rng.pick(from.types) : null;
        if (entry && this.enumAllowed(file, entry)) {
          this.useEntry(file, msg.top, entry);
          this.addField(file, msg, { type: { type: this.typeRef(file, msg, entry), kind: entry.kind }, shape: rng.chance(0.15) ? 'repeated' : 'single' });
          continue;
        }
      }
      this.addField(file, msg);
      if (msg.members.length > 200) break;
    }
    this.pushItem(file, msg);
    pkg.resources.push({ name, snake, coll, full: msg.full, path: file.path, type: `${pkg.host}/${name}` });
  }

  estimate(msg) {
    return msg.members.length * 190;
  }

  genAdsServiceFile(file) {
    const { rng } = this;
    const { pkg } = file;
    const resourcesPkg = pkg.deps[2];
    const r = resourcesPkg.resources.find((x) => x.snake === file.noun) ?? rng.pick(resourcesPkg.resources);
    const R = r.name;
    const Rs = pascal(plural(r.snake));
    const svcName = this.topName(pkg, [`${R}Service`, `${R}MutateService`, `${R}BatchService`]);
    if (!svcName) {
      this.genAdsCommonFile(file);
      return;
    }
    const svc = {
      k: 'service', name: svcName, full: `${pkg.name}.${svcName}`,
      comment: this.doc(`Service to manage ${plural(r.snake).replaceAll('_', ' ')}.`, rng.count(0.5, 1, 0, 3)),
      opts: [`(google.api.default_host) = "${pkg.host}"`, `(google.api.oauth_scopes) = "https://www.${pkg.org}.com/auth/adwords"`],
      methods: [],
    };
    file.imports.add(IMPORT_CLIENT);
    file.imports.add(IMPORT_HTTP);
    const at = file.items.length;
    const made = [];
    const names = [`Mutate${Rs}Request`, `${R}Operation`, `Mutate${Rs}Response`, `Mutate${R}Result`];
    if (names.some((n) => pkg.topNames.has(n) || pkg.nestedNames.has(n))) {
      this.genAdsCommonFile(file);
      return;
    }
    for (const n of names) pkg.topNames.add(n);
    const msg = (name, lead) => {
      const m = this.requestMessage(file, name, lead);
      made.push(m);
      return m;
    };
    const req = msg(`Mutate${Rs}Request`, `Request message for [${svcName}.Mutate${Rs}][${svc.full}.Mutate${Rs}].`);
    const op = msg(`${R}Operation`, `A single operation (create, update, remove) on a ${r.snake.replaceAll('_', ' ')}.`);
    const res = msg(`Mutate${Rs}Response`, `Response message for a ${r.snake.replaceAll('_', ' ')} mutate.`);
    const result = msg(`Mutate${R}Result`, `The result for the ${r.snake.replaceAll('_', ' ')} mutate.`);
    const rEntry = this.findEntry(r.full);
    this.addField(file, req, { name: 'customer_id', type: this.scalar('string'), shape: 'single', behavior: ['REQUIRED'], comment: `Required. The ID of the customer whose ${plural(r.snake).replaceAll('_', ' ')} are being modified.` });
    this.useEntry(file, req.top, this.findEntry(op.full));
    this.addField(file, req, { name: 'operations', type: { type: op.name, kind: 'message' }, shape: 'repeated', behavior: ['REQUIRED'], comment: `Required. The list of operations to perform on individual ${plural(r.snake).replaceAll('_', ' ')}.` });
    this.addField(file, req, { name: 'partial_failure', type: this.scalar('bool'), shape: 'single', behavior: null, comment: 'If true, successful operations will be carried out and invalid operations will return errors. If false, all operations will be carried out in one transaction if and only if they are all valid. Default is false.' });
    this.addField(file, req, { name: 'validate_only', type: this.scalar('bool'), shape: 'single', behavior: null, comment: 'If true, the request is validated but not executed. Only errors are returned, not results.' });
    this.addField(file, op, { name: 'update_mask', type: this.wkt(file, 'google.protobuf.FieldMask'), shape: 'single', behavior: null, comment: 'FieldMask that determines which resource fields are modified in an update.' });
    const oneof = { k: 'oneof', name: 'operation', comment: 'The mutate operation.', fields: [] };
    op.members.push(oneof);
    this.claimName(op, 'operation');
    this.useEntry(file, op.top, rEntry);
    const rType = this.typeRef(file, op, rEntry);
    this.addField(file, op, { oneof, name: 'create', type: { type: rType, kind: 'message' }, behavior: null, comment: `Create operation: No resource name is expected for the new ${r.snake.replaceAll('_', ' ')}.` });
    this.addField(file, op, { oneof, name: 'update', type: { type: rType, kind: 'message' }, behavior: null, comment: `Update operation: The ${r.snake.replaceAll('_', ' ')} is expected to have a valid resource name.` });
    this.addField(file, op, { oneof, name: 'remove', type: this.scalar('string'), behavior: null, reference: `type: "${r.type}"`, comment: `Remove operation: A resource name for the removed ${r.snake.replaceAll('_', ' ')} is expected, in this format:\n\n\`customers/{customer_id}/${r.coll}/{${r.snake}_id}\`` });
    this.addField(file, res, { name: 'partial_failure_error', type: this.staticType(file, res, 'google.rpc.Status'), shape: 'single', behavior: null, comment: 'Errors that pertain to operation failures in the partial failure mode. Returned only when partial_failure = true and all errors occur inside the operations. If any errors occur outside the operations (for example, auth errors), we return an RPC level error.' });
    this.useEntry(file, res.top, this.findEntry(result.full));
    this.addField(file, res, { name: 'results', type: { type: result.name, kind: 'message' }, shape: 'repeated', behavior: null, comment: 'All results for the mutate.' });
    this.addField(file, result, { name: 'resource_name', type: this.scalar('string'), shape: 'single', behavior: null, reference: `type: "${r.type}"`, comment: 'Returned for successful operations.' });
    this.useEntry(file, result.top, rEntry);
    this.addField(file, result, { name: r.snake, type: { type: this.typeRef(file, result, rEntry), kind: 'message' }, shape: 'single', behavior: null, comment: `The mutated ${r.snake.replaceAll('_', ' ')} with only mutable fields after mutate. The field will only be returned when response_content_type is set to "MUTABLE_RESOURCE".` });
    for (const m of [req, op, res, result]) this.fillMessage(file, m, rng.count(0.5, 1, 0, 4));
    svc.methods.push({
      name: `Mutate${Rs}`, req: req.name, res: res.name, cs: false, ss: false, braces: false,
      comment: this.doc(`Creates, updates, or removes ${plural(r.snake).replaceAll('_', ' ')}. Operation statuses are returned.`, rng.count(1.5, 0.8, 0, 8)),
      opts: [this.httpOption('post', `/${pkg.version}/customers/{customer_id=*}/${r.coll}:mutate`, '*'), '(google.api.method_signature) = "customer_id,operations"'],
    });
    for (const m of [req, res]) this.useEntry(file, svc.full, file.types.find((t) => t.full === m.full));
    for (const m of made) this.pushItem(file, m);
    this.pushItem(file, svc, at);
  }
}
