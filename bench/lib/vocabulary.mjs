// Words the corpus generator builds names and comments from. None of them is a
// protobuf keyword that would change how a declaration parses (`message`,
// `service` and `type` do appear as field names, as they do in googleapis).

export const ORGS = [
  'acme', 'globex', 'initech', 'umbrella', 'hooli', 'soylent', 'cyberdyne', 'tyrell',
  'wonka', 'stark', 'wayne', 'oscorp', 'vandelay', 'dunder', 'pied',
];

export const AREAS = [
  'cloud', 'maps', 'devtools', 'identity', 'commerce', 'media', 'home', 'security',
  'analytics', 'ai', 'logistics', 'payments', 'workspace', 'retail', 'health',
];

export const PRODUCTS = [
  'orders', 'billing', 'shipping', 'catalog', 'accounts', 'storage', 'networking',
  'search', 'messaging', 'monitoring', 'logging', 'iam', 'kms', 'secrets', 'scheduler',
  'workflows', 'tasks', 'pubsub', 'datastore', 'bigtable', 'dataproc', 'dataflow',
  'notebooks', 'speech', 'vision', 'translate', 'language', 'routes', 'places', 'ledger',
  'fleet', 'devices', 'iot', 'video', 'transcoder', 'livestream', 'recommender', 'retail',
  'inventory', 'fulfillment', 'pricing', 'promotions', 'reviews', 'support', 'tickets',
  'contacts', 'calendar', 'documents', 'drive', 'forms', 'sheets', 'slides', 'chat',
  'meet', 'classroom', 'reports', 'dashboards', 'metrics', 'alerts', 'tracing',
  'profiler', 'debugger', 'artifacts', 'builds', 'deploy', 'releases', 'repositories',
  'functions', 'run', 'containers', 'clusters', 'instances', 'disks', 'images',
  'firewall', 'dns', 'cdn', 'certificates', 'domains', 'edge', 'gateway', 'apigee',
  'connectors', 'integrations', 'events', 'eventarc', 'audit', 'policy', 'orgpolicy',
  'assets', 'inventory', 'osconfig', 'patching', 'backup', 'recovery', 'migration',
  'transfer', 'sql', 'spanner', 'firestore', 'memorystore', 'filestore', 'lakes',
  'warehouse', 'catalogs', 'lineage', 'quality', 'labeling', 'training', 'prediction',
  'vectors', 'embeddings', 'agents', 'dialog', 'contactcenter', 'telephony', 'payments',
  'wallet', 'invoices', 'subscriptions', 'entitlements', 'licensing', 'marketplace',
  'partners', 'resellers', 'channel', 'advertising', 'campaigns', 'audiences',
  'attribution', 'conversions', 'bidding', 'budgets', 'forecasting', 'planning',
  'geocoding', 'elevation', 'roads', 'tiles', 'navigation', 'tracking', 'telemetry',
  'sensors', 'thermostats', 'cameras', 'locks', 'energy', 'solar', 'batteries',
  'charging', 'mobility', 'rides', 'deliveries', 'couriers', 'warehousing', 'customs',
  'compliance', 'risk', 'fraud', 'identityplatform', 'directory', 'groups', 'sessions',
  'tokens', 'keys', 'vault', 'scanning', 'threats', 'findings', 'incidents', 'oncall',
  'status', 'uptime', 'probes', 'synthetics', 'experiments', 'flags', 'rollouts',
  'analyticshub', 'exchange', 'sharing', 'clean', 'privacy', 'consent', 'retention',
];

// Singular nouns that name resources and messages (snake_case).
export const NOUNS = [
  'order', 'shipment', 'invoice', 'customer', 'account', 'project', 'instance', 'cluster',
  'node', 'dataset', 'table', 'job', 'model', 'endpoint', 'policy', 'role', 'bucket',
  'topic', 'subscription', 'snapshot', 'backup', 'schedule', 'report', 'campaign',
  'budget', 'asset', 'document', 'entity', 'session', 'agent', 'intent', 'product',
  'catalog', 'inventory', 'warehouse', 'device', 'registry', 'certificate', 'secret',
  'release', 'deployment', 'pipeline', 'trigger', 'build', 'artifact', 'repository',
  'connection', 'network', 'subnet', 'route', 'firewall', 'disk', 'image', 'template',
  'workflow', 'execution', 'task', 'queue', 'notification', 'channel', 'alert', 'metric',
  'dashboard', 'sink', 'folder', 'membership', 'feature', 'fleet', 'lake', 'zone', 'tag',
  'note', 'occurrence', 'finding', 'source', 'transfer', 'migration', 'reservation',
  'commitment', 'quota', 'license', 'partner', 'merchant', 'offer', 'promotion', 'coupon',
  'payment', 'refund', 'ledger', 'transaction', 'wallet', 'vehicle', 'trip', 'driver',
  'rider', 'place', 'venue', 'ticket', 'booking', 'room', 'guest', 'listing', 'review',
  'rating', 'conversation', 'participant', 'annotation', 'glossary', 'corpus', 'index',
  'collection', 'attachment', 'comment', 'thread', 'space', 'calendar', 'contact',
  'group', 'domain', 'gateway', 'proxy', 'backend', 'frontend', 'service_account',
  'access_policy', 'data_source', 'line_item', 'price_book', 'cost_center',
  'fulfillment_plan', 'delivery_window', 'rate_card', 'audit_log', 'key_ring',
  'crypto_key', 'node_pool', 'instance_group', 'health_check', 'url_map', 'target_pool',
  'ssl_policy', 'security_policy', 'service_binding', 'mesh', 'volume', 'share',
  'replica', 'database', 'schema', 'column', 'partition', 'stream', 'connector',
  'integration', 'environment', 'workspace', 'notebook', 'runtime', 'kernel', 'study',
  'trial', 'experiment', 'feature_store', 'entity_type', 'featurestore', 'tensorboard',
  'hyperparameter_tuning_job', 'batch_prediction_job', 'specialist_pool', 'label',
  'audience', 'conversion', 'bid_strategy', 'ad_group', 'keyword', 'creative',
  'placement', 'forecast', 'scenario', 'plan', 'sensor', 'thermostat', 'camera', 'lock',
  'meter', 'charger', 'battery', 'courier', 'parcel', 'manifest', 'declaration',
  'control', 'assessment', 'incident', 'responder', 'probe', 'check', 'rollout', 'flag',
  'variant', 'listing_group', 'exchange', 'consent', 'retention_rule', 'occupancy',
];

export const QUALIFIERS = [
  'Config', 'Spec', 'Status', 'Settings', 'Summary', 'Details', 'Info', 'Metadata',
  'Stats', 'Options', 'Reference', 'Result', 'Rule', 'Filter', 'Window', 'Range',
  'Source', 'Target', 'Constraint', 'Usage', 'Limit', 'Selector', 'Binding', 'Condition',
  'Revision', 'Profile', 'Signal', 'Record', 'Attribute', 'Property', 'Criteria',
  'Progress', 'Estimate', 'Breakdown', 'Allocation', 'Assignment', 'Mapping',
  'Preference', 'Snapshot', 'Template', 'Trigger', 'Requirement', 'Capability',
  'Health', 'Outcome', 'Evaluation', 'Footprint', 'Manifest', 'Digest', 'Bundle',
];

export const ENUM_SUFFIXES = [
  'State', 'Type', 'Mode', 'Kind', 'Tier', 'Level', 'Priority', 'Severity', 'Category',
  'Phase', 'Reason', 'Action', 'Format', 'Encoding', 'Strategy', 'Visibility', 'Scope',
  'Granularity', 'Frequency', 'Channel', 'Protocol', 'Method', 'Origin', 'Role', 'View',
];

export const ADJECTIVES = [
  'active', 'archived', 'automatic', 'basic', 'custom', 'default', 'effective',
  'external', 'global', 'internal', 'last', 'latest', 'managed', 'max', 'min',
  'primary', 'private', 'public', 'regional', 'scheduled', 'secondary', 'shared',
  'source', 'target', 'total', 'effective', 'estimated', 'requested', 'reserved',
  'allowed', 'denied', 'pending', 'current', 'previous', 'next', 'initial', 'final',
];

export const ATTRS = [
  'id', 'name', 'count', 'type', 'size', 'limit', 'enabled', 'mode', 'uri', 'time',
  'duration', 'ratio', 'score', 'version', 'region', 'zone', 'bytes', 'percent',
  'threshold', 'timeout', 'interval', 'quota', 'priority', 'reason', 'code', 'token',
  'key', 'value', 'path', 'url', 'email', 'phone', 'currency', 'amount', 'price', 'cost',
  'weight', 'height', 'width', 'depth', 'latitude', 'longitude', 'offset', 'index',
  'level', 'state', 'kind', 'labels', 'annotations', 'description', 'title', 'message',
  'service', 'etag', 'uid', 'hash', 'checksum', 'digest', 'locale', 'language',
  'timezone', 'format', 'encoding', 'protocol', 'port', 'host', 'address', 'network',
  'subnet', 'cidr', 'policy', 'role', 'member', 'owner', 'creator', 'status', 'error',
  'detail', 'summary', 'note', 'comment', 'tag', 'category', 'segment', 'channel',
  'source', 'target', 'destination', 'origin', 'window', 'start', 'end', 'deadline',
  'expiration', 'retention', 'ttl', 'capacity', 'utilization', 'temperature', 'rate',
  'frequency', 'accuracy', 'confidence', 'precision', 'recall', 'mask', 'filter',
  'selector', 'query', 'cursor', 'page', 'revision', 'generation', 'sequence',
  'attempt', 'retries', 'backoff', 'schedule', 'cron', 'region_code', 'country',
  'postal_code', 'display_name', 'create_time', 'update_time', 'delete_time',
  'expire_time', 'start_time', 'end_time', 'request_id', 'validate_only',
];

export const VALUE_WORDS = [
  'ACTIVE', 'INACTIVE', 'PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED',
  'DELETING', 'CREATING', 'UPDATING', 'SUSPENDED', 'ENABLED', 'DISABLED', 'STANDARD',
  'PREMIUM', 'BASIC', 'FULL', 'PARTIAL', 'AUTOMATIC', 'MANUAL', 'HIGH', 'LOW', 'MEDIUM',
  'CRITICAL', 'DRAFT', 'PUBLISHED', 'ARCHIVED', 'EXPIRED', 'VERIFIED', 'REJECTED',
  'APPROVED', 'QUEUED', 'PAUSED', 'RESUMING', 'DEGRADED', 'HEALTHY', 'UNHEALTHY',
  'ONLINE', 'OFFLINE', 'PRIMARY', 'SECONDARY', 'INTERNAL', 'EXTERNAL', 'PUBLIC',
  'PRIVATE', 'REGIONAL', 'GLOBAL', 'ZONAL', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY',
  'HOURLY', 'MINIMAL', 'DETAILED', 'COMPACT', 'LEGACY', 'PREVIEW', 'STABLE', 'BETA',
  'ALPHA', 'EXPERIMENTAL', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'REVOKED', 'RESTORED',
  'REPAIRING', 'PROVISIONING', 'STOPPED', 'STARTING', 'STOPPING', 'MAINTENANCE',
  'OVERLOADED', 'THROTTLED', 'ALLOWED', 'DENIED', 'AUDITED', 'FLAGGED', 'IGNORED',
  'MUTED', 'RESOLVED', 'OPEN', 'CLOSED', 'REOPENED', 'ESCALATED', 'ASSIGNED', 'UNASSIGNED',
  'SEARCH', 'DISPLAY', 'SHOPPING', 'VIDEO', 'MOBILE', 'DESKTOP', 'TABLET', 'EMAIL',
  'SMS', 'PUSH', 'WEBHOOK', 'BATCH', 'STREAMING', 'INTERACTIVE', 'SCHEDULED',
  'ON_DEMAND', 'SPOT', 'RESERVED_CAPACITY', 'COMMITTED', 'FLEXIBLE', 'FIXED', 'DYNAMIC',
];

export const VERBS = [
  'Export', 'Import', 'Search', 'Validate', 'Restore', 'Cancel', 'Approve', 'Reject',
  'Publish', 'Archive', 'Resume', 'Pause', 'Retry', 'Rollback', 'Promote', 'Analyze',
  'Summarize', 'Preview', 'Estimate', 'Sync', 'Verify', 'Rotate', 'Resize', 'Clone',
  'Move', 'Attach', 'Detach', 'Enable', 'Disable', 'Reset', 'Start', 'Stop', 'Test',
];

export const FILLER = [
  'the', 'the', 'the', 'a', 'a', 'of', 'of', 'to', 'to', 'in', 'in', 'and', 'and', 'is',
  'is', 'for', 'for', 'that', 'this', 'be', 'are', 'with', 'when', 'if', 'on', 'by',
  'or', 'not', 'may', 'must', 'will', 'can', 'only', 'all', 'each', 'any', 'which',
  'field', 'value', 'request', 'response', 'resource', 'service', 'server', 'client',
  'caller', 'user', 'project', 'location', 'region', 'zone', 'operation', 'method',
  'message', 'list', 'set', 'number', 'string', 'format', 'name', 'identifier',
  'default', 'maximum', 'minimum', 'limit', 'page', 'token', 'results', 'filter',
  'order', 'time', 'duration', 'seconds', 'version', 'update', 'create', 'delete',
  'returned', 'specified', 'provided', 'ignored', 'required', 'optional', 'output',
  'input', 'immutable', 'unique', 'within', 'across', 'between', 'after', 'before',
  'during', 'until', 'unless', 'otherwise', 'however', 'instead', 'also', 'then',
  'used', 'uses', 'using', 'set', 'sets', 'populated', 'empty', 'unset', 'present',
  'absent', 'valid', 'invalid', 'error', 'errors', 'status', 'state', 'current',
  'previous', 'new', 'existing', 'parent', 'child', 'children', 'collection', 'entry',
  'entries', 'item', 'items', 'record', 'records', 'policy', 'permission', 'access',
  'account', 'configuration', 'settings', 'metadata', 'labels', 'tags', 'key', 'keys',
  'encryption', 'network', 'endpoint', 'address', 'traffic', 'latency', 'throughput',
  'capacity', 'usage', 'billing', 'quota', 'requests', 'calls', 'retries', 'attempts',
  'successful', 'failed', 'pending', 'running', 'completed', 'cancelled', 'expired',
  'deleted', 'active', 'inactive', 'enabled', 'disabled', 'automatically', 'manually',
  'eventually', 'immediately', 'asynchronously', 'consistent', 'idempotent',
  'guaranteed', 'best', 'effort', 'basis', 'documentation', 'see', 'example', 'such',
  'as', 'more', 'than', 'less', 'most', 'least', 'at', 'one', 'two', 'three', 'zero',
  'first', 'last', 'next', 'other', 'same', 'different', 'specific', 'particular',
  'supported', 'unsupported', 'deprecated', 'preview', 'stable', 'future', 'releases',
  'behavior', 'semantics', 'guarantees', 'ordering', 'pagination', 'consistency',
];

// Words that carry non-ASCII characters, as some googleapis comments do.
export const UNICODE_WORDS = [
  'café', 'naïve', 'résumé', 'façade', 'coördinate', 'München', 'São Paulo', 'Zürich',
  '“quoted”', 'it’s', 'don’t', '—', '±5%', '≤ 100', '→', 'µs', '°C', '€', '¥',
];

export const COMMON_FIELD_DOCS = {
  name: 'Identifier. The resource name of the {noun}.',
  display_name: 'Optional. The user-provided display name of the {noun}. It must be at most 63 characters long and may contain letters, digits, spaces, dashes and underscores.',
  description: 'Optional. A user-provided description of the {noun}. At most 2048 characters.',
  create_time: 'Output only. The time at which the {noun} was created.',
  update_time: 'Output only. The time at which the {noun} was last updated.',
  delete_time: 'Output only. The time at which the {noun} was deleted. Only set for {plural} that are in the soft-deleted state.',
  etag: 'Optional. The etag for this {noun}. If this is provided on update, it must match the server\'s etag, otherwise the request fails with `ABORTED`.',
  labels: 'Optional. Labels as key value pairs. Keys and values must conform to the requirements described at https://cloud.{org}.com/docs/labels: keys must start with a lowercase letter and be at most 63 characters long.',
  uid: 'Output only. A system-assigned unique identifier for the {noun}, in UUID4 format. It is stable for the lifetime of the resource.',
  state: 'Output only. The current state of the {noun}.',
  page_size: 'Optional. The maximum number of {plural} to return. The service may return fewer than this value. If unspecified, at most 50 {plural} will be returned. The maximum value is 1000; values above 1000 will be coerced to 1000.',
  page_token: 'Optional. A page token, received from a previous `List{Plural}` call. Provide this to retrieve the subsequent page.\n\nWhen paginating, all other parameters provided to `List{Plural}` must match the call that provided the page token.',
  filter: 'Optional. A filter expression that filters the {plural} listed in the response. The expression must be of the form `{field} {operator} {value}` where operators `<`, `>`, `<=`, `>=`, `!=`, `=` and `:` are supported (colon `:` represents a HAS operator which is roughly synonymous with equality).',
  order_by: 'Optional. A comma-separated list of fields to order by, sorted in ascending order. Use "desc" after a field name for descending.',
  next_page_token: 'A token that can be sent as `page_token` to retrieve the next page. If this field is omitted, there are no subsequent pages.',
  unreachable: 'Locations that could not be reached.',
  request_id: 'Optional. An optional request ID to identify requests. Specify a unique request ID so that if you must retry your request, the server will know to ignore the request if it has already been completed. The server will guarantee that for at least 60 minutes since the first request.\n\nFor example, consider a situation where you make an initial request and the request times out. If you make the request again with the same request ID, the server can check if the original operation with the same request ID was received, and if so, will ignore the second request. This prevents clients from accidentally creating duplicate commitments.\n\nThe request ID must be a valid UUID with the exception that zero UUID is not supported (00000000-0000-0000-0000-000000000000).',
  validate_only: 'Optional. If set, validate the request and preview the result, but do not actually commit it.',
  update_mask: 'Optional. Field mask is used to specify the fields to be overwritten in the {noun} resource by the update. The fields specified in the update_mask are relative to the resource, not the full request. A field will be overwritten if it is in the mask. If the user does not provide a mask then all fields will be overwritten.',
  allow_missing: 'Optional. If set to true, and the {noun} is not found, a new {noun} will be created. In this situation, `update_mask` is ignored.',
  force: 'Optional. If set to true, any child resources of this {noun} will also be deleted. Otherwise, the request will only work if the {noun} has no children.',
  parent: 'Required. The parent, which owns this collection of {plural}.\nFormat: `{parentPattern}`',
};
