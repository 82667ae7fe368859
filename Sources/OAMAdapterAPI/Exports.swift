// The declarations of lower layers that are part of the vendor contract, and nothing else:
// an adapter writes `import OAMAdapterAPI` and sees these, the types of this module, and no
// other public type of the core or the reader. A type the core adds later joins the contract
// only by a line here (AdapterAPIBoundaryTests keeps every re-export named).

// The descriptor view: a registry module as decoded and checked, figures in SI base units
// (bytes, bytes/s, FLOP/s, W), each with its evidence.
@_exported import struct OAMCore.AcceleratorDescriptor
// What `validate` returns: a finding with its severity and its line:column range in the file.
@_exported import struct OAMCore.Diagnostic
@_exported import enum OAMCore.Dimension
// How a figure was read: vendor, press, third-party or measured.
@_exported import enum OAMCore.EvidenceTier
// A PCI vendor:device id pair, for discovery tables.
@_exported import struct OAMCore.PCIID
// A numeric format (bf16, fp8, int4 …), as capability reports and descriptors name them.
@_exported import enum OAMCore.Precision
// A figure with its unit (value in SI base units), and the parser vendor blocks use for theirs.
@_exported import struct OAMCore.Quantity
@_exported import enum OAMCore.QuantityParser
@_exported import enum OAMCore.Severity
@_exported import struct OAMCore.SourceRange
// A node of the descriptor's YAML tree, with its line and column: the `x-<vendor>:` block
// an adapter validates.
@_exported import struct YAMLReader.YAMLNode
