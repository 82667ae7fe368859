// Everything an adapter needs comes through this module: the core types (descriptors,
// precisions, diagnostics, evidence tiers) and the YAML node tree of vendor blocks.
// Adapters write `import OAMAdapterAPI` and nothing else.
@_exported import OAMCore
@_exported import YAMLReader
