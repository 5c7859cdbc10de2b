"""The openAPIV3Schema validation the API server runs for the Kuryr CRDs that carry a schema in the pinned kuryr train
(kuryr-kubernetes 258c708b, 2020-06-17, `kubernetes_crds/`): KuryrNet and KuryrNetPolicy.

Only the parts of OpenAPI those two schemas use are implemented: `type`, `required`, `properties` and `items`. Errors
are rendered as the apiextensions server of Kubernetes 1.16 does (go-openapi's findings converted to field errors):
a missing field is `<path>: Required value`, a wrong type is
`<path>: Invalid value: "<type found>": <path> in body must be of type <type>: "<type found>"`, array items are
addressed `<path>.<index>`. Fields the schema does not declare are kept (neither rejected nor pruned).
"""

from .netpol import Invalid


def _obj(props=None, required=()):
    return {'type': 'object', 'properties': props or {}, 'required': list(required)}


def _arr(items=None):
    return {'type': 'array', 'items': items} if items else {'type': 'array'}


_S = {'type': 'string'}
_I = {'type': 'integer'}
_B = {'type': 'boolean'}

# One security group rule entry of a KuryrNetPolicy's ingressSgRules/egressSgRules.
_SG_RULE_ENTRY = _obj({
    'remote_ip_prefixes': {'type': 'object'},
    'namespace': _S,
    'security_group_rule': _obj({
        'description': _S, 'direction': _S, 'ethertype': _S, 'id': _S, 'port_range_max': _I, 'port_range_min': _I,
        'protocol': _S, 'remote_ip_prefix': _S, 'security_group_id': _S,
    }, required=['id']),
}, required=['security_group_rule'])

# kind -> schema of the whole object (only `spec` is constrained by Kuryr's CRDs)
SCHEMAS = {
    'KuryrNet': _obj({'spec': _obj({
        'netId': _S, 'populated': _B, 'routerId': _S, 'subnetCIDR': _S, 'subnetId': _S,
    }, required=['netId', 'routerId', 'subnetCIDR', 'subnetId'])}),
    'KuryrNetPolicy': _obj({'spec': _obj({
        'egressSgRules': _arr(_SG_RULE_ENTRY),
        'ingressSgRules': _arr(_SG_RULE_ENTRY),
        'networkpolicy_spec': _obj({
            'podSelector': {'type': 'object'}, 'policyTypes': _arr(_S), 'ingress': _arr(), 'egress': _arr(),
        }),
        'podSelector': {'type': 'object'},
        'securityGroupId': _S,
        'securityGroupName': _S,
    }, required=['egressSgRules', 'ingressSgRules', 'networkpolicy_spec', 'podSelector', 'securityGroupId'])}),
}


def json_type(value):
    """The OpenAPI type name go-openapi reports for a decoded JSON value."""
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'boolean'
    if isinstance(value, int):
        return 'integer'
    if isinstance(value, float):
        return 'integer' if value.is_integer() else 'number'
    if isinstance(value, str):
        return 'string'
    if isinstance(value, list):
        return 'array'
    return 'object'


def _type_ok(want, found):
    return want == found or (want == 'number' and found == 'integer')


def errors(schema, value, path):
    """The (field path, message) causes of `value` against `schema`, in document order."""
    found = json_type(value)
    want = schema.get('type')
    if want and not _type_ok(want, found):
        return [(path, f'Invalid value: "{found}": {path} in body must be of type {want}: "{found}"')]
    out = []
    if found == 'object':
        for name in schema.get('required', ()):
            if name not in value:
                out.append((f'{path}.{name}' if path else name, 'Required value'))
        for name, sub in schema.get('properties', {}).items():
            if name in value:
                out.extend(errors(sub, value[name], f'{path}.{name}' if path else name))
    elif found == 'array' and schema.get('items'):
        for i, item in enumerate(value):
            out.extend(errors(schema['items'], item, f'{path}.{i}'))
    return out


def validate(obj):
    """Raises `Invalid` (kubectl's rendering: `The KuryrNet "x" is invalid: spec.netId: Required value`) when `obj`
    of a schema-carrying Kuryr kind does not match its CRD's schema; other kinds pass."""
    schema = SCHEMAS.get(obj.get('kind'))
    if schema is None:
        return
    body = {k: v for k, v in obj.items() if k not in ('apiVersion', 'kind', 'metadata', 'status')}
    causes = errors(schema, body, '')
    if causes:
        raise Invalid(obj['kind'], (obj.get('metadata') or {}).get('name', ''), causes)
