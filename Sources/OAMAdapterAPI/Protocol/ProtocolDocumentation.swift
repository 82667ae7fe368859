import OAMCore
import OAMSchemaInference

/// The prose of the adapter protocol's JSON Schema (`oam schema adapter-protocol`, committed
/// as Registry/schema/adapter-protocol.schema.json): what each message type and member
/// means, with its unit, and what decoding does not check (patterns, minimums, URI formats).
///
/// This is the one place it is written. An enum's description (what each value means) is
/// shown wherever it is used, so members holding one add a note only to say more. `CodableSchemaInference` infers the shape from the
/// Codable types and merges this in; a note for a member a type no longer decodes fails
/// `oam schema`, and ProtocolSchemaTests fails while a member has no description.

// MARK: Requests

extension AdapterRequest: SchemaDocumented {
    public static let schemaDescription =
        "One request; the host writes exactly one to the adapter's standard input and closes it."
    public static let schemaMembers: [String: SchemaNote] = [
        "protocol": SchemaNote("Always \"\(AdapterProtocol.name)\"."),
        "versions": SchemaNote(
            "Protocol versions the host speaks; the adapter answers in one of them.", minItems: 1, items: SchemaNote(minimum: 1)),
        "host": SchemaNote("The host's name and version, for logs, e.g. 'oam 0.1.0'."),
        "params": SchemaNote("The method's parameters."),
    ]
}

extension AdapterMethod: SchemaDocumented {
    public static let schemaDescription =
        "What the request asks. describe: who the adapter is (result.info, modules, examples); validate: findings about params.module (result.diagnostics); capabilities: the report for params.module under params.stack (result.report); discover: which modules params.devices are (result.matches, result.reports)."
}

extension AdapterParams: SchemaDocumented {
    public static let schemaDescription =
        "The parameters of a request; which members apply depends on the method, and adapters ignore members they do not know."
    public static let schemaMembers: [String: SchemaNote] = [
        "module": SchemaNote("validate, capabilities: the descriptor in question."),
        "stack": SchemaNote(
            "capabilities: the software stack version, e.g. 'ROCm 6.2', 'CUDA 12.4'; absent for the newest the adapter knows."),
        "devices": SchemaNote("discover: the PCI devices of the adapter's PCI vendors."),
        "modules": SchemaNote(
            "discover: the registry's modules of the adapter's vendors; absent in a golden example means all of them."),
        "tools": SchemaNote("discover: captured vendor tool output."),
    ]
}

extension ModuleSource: SchemaDocumented {
    public static let schemaDescription =
        "A registry descriptor: id, path and YAML text (golden examples carry the id only; the host fills in the rest)."
    public static let schemaMembers: [String: SchemaNote] = [
        "id": SchemaNote("The registry id, e.g. 'amd/mi300x'."),
        "path": SchemaNote("The descriptor's file path."),
        "source": SchemaNote("The descriptor's YAML text."),
    ]
}

extension PCIDevice: SchemaDocumented {
    public static let schemaDescription = "One PCI function as the host saw it in sysfs, in lowercase hex."
    public static let schemaMembers: [String: SchemaNote] = [
        "address": SchemaNote(
            "The PCI address, domain:bus:device.function, e.g. '0000:c1:00.0'.",
            pattern: #"^[0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$"#),
        "vendor": SchemaNote("The PCI vendor id, four hex digits, e.g. '1002'.", pattern: "^[0-9a-f]{4}$"),
        "device": SchemaNote("The PCI device id, four hex digits, e.g. '74a1'.", pattern: "^[0-9a-f]{4}$"),
        "class": SchemaNote(
            "The class code, six hex digits: base class, subclass, programming interface ('120000' is a processing accelerator).",
            pattern: "^[0-9a-f]{6}$"),
    ]
}

extension ToolOutput: SchemaDocumented {
    public static let schemaDescription = "Captured output of a vendor tool."
    public static let schemaMembers: [String: SchemaNote] = [
        "tool": SchemaNote("The command line, e.g. 'nvidia-smi -q -x'."),
        "output": SchemaNote("What the tool printed on standard output."),
    ]
}

// MARK: Responses

extension AdapterResponse: SchemaDocumented {
    public static let schemaDescription =
        "One response on standard output (logs go to standard error), exit status 0; exactly one of result and error."
    public static let schemaMembers: [String: SchemaNote] = [
        "protocol": SchemaNote("Always \"\(AdapterProtocol.name)\"."),
        "version": SchemaNote("The protocol version the adapter chose from the request's versions.", minimum: 1),
        "adapter": SchemaNote("Who answered."),
        "result": SchemaNote("The answer; which members are present depends on the method."),
        "error": SchemaNote("Why the request could not be answered."),
    ]
}

extension AdapterResponse.Identity: SchemaDocumented {
    public static let schemaDescription = "An adapter's id and version, as it announces itself in every response."
    public static let schemaMembers: [String: SchemaNote] = [
        "id": SchemaNote("The adapter's id, e.g. 'amd'."),
        "version": SchemaNote("The adapter's own version (semantic versioning)."),
    ]
}

extension AdapterFailure: SchemaDocumented {
    public static let schemaDescription = "A request the adapter could not answer: a stable code and a message for people."
    public static let schemaMembers: [String: SchemaNote] = [
        "code": SchemaNote(
            "unsupported-version, invalid-request, unknown-method, invalid-descriptor, unknown-module or internal."),
        "message": SchemaNote("What went wrong, for people."),
    ]
}

extension AdapterResult: SchemaDocumented {
    public static let schemaDescription = "What an adapter answers; which members are present depends on the method."
    public static let schemaMembers: [String: SchemaNote] = [
        "info": SchemaNote("describe: who the adapter is."),
        "modules": SchemaNote("describe: registry ids the adapter has knowledge of."),
        "examples": SchemaNote("describe: the adapter's golden examples, run by `oam adapter check`."),
        "diagnostics": SchemaNote("validate: findings, positions 1-based."),
        "report": SchemaNote("capabilities: the report; absent when the adapter knows nothing about the module."),
        "matches": SchemaNote("discover: what each recognised device is."),
        "reports": SchemaNote("discover: what vendor tools said."),
    ]
}

extension AdapterInfo: SchemaDocumented {
    public static let schemaDescription = "Who an adapter is."
    public static let schemaMembers: [String: SchemaNote] = [
        "id": SchemaNote(
            "The registry vendor the adapter was written for, e.g. 'amd'; an out-of-tree adapter is found as oam-adapter-<id>."),
        "name": SchemaNote("A human name, e.g. 'AMD Instinct (ROCm)'."),
        "vendors": SchemaNote("Registry vendor ids (vendor: in descriptors) the adapter speaks for."),
        "pciVendorIDs": SchemaNote(
            "PCI vendor ids the vendor's accelerators enumerate under, four lowercase hex digits; empty when none is publicly known.",
            items: SchemaNote(pattern: "^[0-9a-f]{4}$")),
        "version": SchemaNote("The adapter's own version (semantic versioning)."),
        "protocolVersions": SchemaNote("Protocol versions the adapter speaks.", items: SchemaNote(minimum: 1)),
        "stack": SchemaNote("The vendor's software stack as stack versions name it, e.g. 'ROCm', 'CUDA', 'CANN'."),
        "tools": SchemaNote("Vendor tools whose documented output the adapter reads during discovery."),
    ]
}

extension VendorTool: SchemaDocumented {
    public static let schemaDescription = "A vendor tool whose output an adapter can read, and where its format is documented."
    public static let schemaMembers: [String: SchemaNote] = [
        "executable": SchemaNote("The executable, e.g. 'nvidia-smi'."),
        "arguments": SchemaNote("Arguments that produce the documented format, e.g. ['-q', '-x']."),
        "documentation": SchemaNote("The public documentation of the output format (a URL)."),
    ]
}

extension GoldenExample: SchemaDocumented {
    public static let schemaDescription =
        "A golden example: a request (modules named by id only) and what its response's result must contain."
    public static let schemaMembers: [String: SchemaNote] = [
        "name": SchemaNote("What the example shows, one line."),
        "params": SchemaNote("The request's parameters; the host fills in each module's path and source from the registry."),
        "expect": SchemaNote("What result must contain (containment, see Docs/adapters.md): any JSON value."),
    ]
}

extension Diagnostic: SchemaDocumented {
    public static let schemaDescription = "One finding about one file."
    public static let schemaMembers: [String: SchemaNote] = [
        "ruleID": SchemaNote("The stable id of the rule that produced it, e.g. 'amd-gfx-target'."),
        "message": SchemaNote("What is wrong, for people."),
        "file": SchemaNote("The file, as the request named it."),
        "range": SchemaNote("Where in the file, 1-based."),
        "fix": SchemaNote("A concrete fix, e.g. \"did you mean 'gfx942'?\"; absent when there is none."),
    ]
}

extension Severity: SchemaDocumented {
    public static let schemaDescription =
        "How serious a finding is: error fails `oam validate`; warning fails it only with --strict."
}

extension SourceRange: SchemaDocumented {
    public static let schemaDescription = "A span of a file, 1-based, from start up to (not including) end."
    public static let schemaMembers: [String: SchemaNote] = [
        "start": SchemaNote("The first character."),
        "end": SchemaNote("Just past the last character."),
    ]
}

extension SourceRange.Position: SchemaDocumented {
    public static let schemaDescription = "A 1-based line and column (columns in Unicode scalars)."
    public static let schemaMembers: [String: SchemaNote] = [
        "line": SchemaNote("Line, from 1.", minimum: 1),
        "column": SchemaNote("Column in Unicode scalars, from 1.", minimum: 1),
    ]
}

extension DeviceMatch: SchemaDocumented {
    public static let schemaDescription = "What an adapter says a PCI device is."
    public static let schemaMembers: [String: SchemaNote] = [
        "address": SchemaNote("The device's PCI address, as in the request."),
        "modules": SchemaNote(
            "Registry ids the device may be: one when certain, several when the id is shared, none when the product is recognised but not in the registry."
        ),
        "name": SchemaNote("The product name, when the adapter recognises the id."),
        "note": SchemaNote("Caveats, e.g. 'virtual function'."),
    ]
}

extension DeviceReport: SchemaDocumented {
    public static let schemaDescription = "What a vendor tool says about one installed device."
    public static let schemaMembers: [String: SchemaNote] = [
        "address": SchemaNote("The device's PCI address, normalised to domain:bus:device.function."),
        "product": SchemaNote("The product name the tool prints, e.g. 'NVIDIA H100 80GB HBM3'."),
        "modules": SchemaNote("Registry ids the product name maps to."),
        "memoryTotalBytes": SchemaNote("Device memory the tool reports, in bytes."),
        "memoryUsableBytes": SchemaNote("Memory left after the driver's own reservation, in bytes, when the tool says."),
        "driverVersion": SchemaNote("The driver version the tool reports."),
        "stackVersion": SchemaNote("The software stack version the tool reports, e.g. 'CUDA 12.4'."),
        "tool": SchemaNote("The command line the report was read from."),
    ]
}

// MARK: The capability report

extension CapabilityReport: SchemaDocumented {
    public static let schemaDescription =
        "What a module can really do under a software stack. Every figure is optional: absent means unknown, and the solver applies its documented default. Measured figures are microbenchmark ceilings of one logical device; serving losses are the solver's to model, not the adapter's to fold in."
    public static let schemaMembers: [String: SchemaNote] = [
        "module": SchemaNote("The registry id of the module."),
        "stack": SchemaNote(
            "The software stack the report applies to, e.g. 'ROCm 6.3'; absent for the newest the adapter knows."),
        "precisions": SchemaNote("Support per precision; precisions not listed are unknown."),
        "usableMemoryBytes": SchemaNote("Bytes per logical device left after the driver/runtime reservation."),
        "sustainedComputeFraction": SchemaNote(
            "Fraction (0..1) of the BF16 dense peak the largest, best-shaped GEMMs sustain in a matmul microbenchmark (MAMF finder, cuBLASLt/hipBLASLt at large shapes): an upper bound for GEMMs, not a serving efficiency. The solver models small GEMMs, attention, non-GEMM kernels and scheduling on top."
        ),
        "sustainedComputeByPrecision": SchemaNote(
            "The same large-GEMM ceiling measured in other precisions (FP8, INT8, FP4), each as a fraction of that precision's dense peak. A precision without an entry is assumed to reach the BF16 fraction."
        ),
        "sustainedBandwidthFraction": SchemaNote(
            "Fraction (0..1) of peak memory bandwidth streaming reads sustain on one logical device (STREAM-like triad)."),
        "scaleUp": SchemaNote("The scale-up domain as software sees it."),
        "scaleOutBytesPerSecond": SchemaNote("B/s per direction from one module to other nodes."),
        "frameworks": SchemaNote("Serving frameworks that run on the module, and their kernels there."),
        "notes": SchemaNote("Caveats in words, including why a figure is unknown."),
    ]
}

extension Reported: SchemaDocumented {
    public static var schemaDescription: String {
        "A figure with the evidence behind it; its unit is given by the member that holds it."
    }
    public static var schemaMembers: [String: SchemaNote] {
        [
            "value": SchemaNote("The figure, in the unit the member holding it names."),
            "source": SchemaNote("Where the figure comes from: a document URL.", format: "uri"),
            "note": SchemaNote("How the figure was derived or measured, when it is not quoted as is."),
        ]
    }
}

extension EvidenceTier: SchemaDocumented {
    public static let schemaDescription =
        "Evidence tier: who published the figure. Weakest first: third-party (an estimate, blog or wiki), press (press or a reseller reproducing a vendor figure), measured (a benchmark result), vendor (the vendor's own datasheet, documentation or repository)."
}

extension Precision: SchemaDocumented {
    public static let schemaDescription =
        "A numeric format as peak-throughput tables name it: fp8 covers E4M3 and E5M2, fp6 E2M3 and E3M2, fp4 the E2M1 element; mxfp8, mxfp6 and mxfp4 (OCP MX: one E8M0 scale per 32 elements), nvfp4 (E2M1, one E4M3 scale per 16 and an FP32 scale per tensor), hif8 (Huawei HiFloat8, tapered 8-bit), hif4 (Huawei HiFloat4, 32 bits of scales per 64 4-bit elements) and bfp8 (Tenstorrent BLOCKFP8, one shared 8-bit exponent per 16 elements) are the vendor-defined formats, each with its own figures. A block-scaled format with no entry of its own follows its element type."
}

extension PrecisionSupport: SchemaDocumented {
    public static let schemaDescription = "Whether and how a module runs a numeric format under the report's stack."
    public static let schemaMembers: [String: SchemaNote] = [
        "method": SchemaNote("For emulated: how, e.g. 'weight-only: FP8 weights dequantized to BF16 in the GEMM'."),
        "minimumStack": SchemaNote(
            "The first stack version that enables this support, e.g. 'ROCm 6.2'; with level unsupported, the stack to upgrade to."
        ),
        "source": SchemaNote("Where the support is documented: a URL.", format: "uri"),
    ]
}

extension PrecisionSupport.Level: SchemaDocumented {
    public static let schemaDescription =
        "native: the hardware executes matrix math in this format; emulated: weights or cache are stored in it but math runs wider (memory savings, no compute speed-up; say how in method); unsupported: no path at all."
}

extension SustainedCompute: SchemaDocumented {
    public static let schemaDescription = "A large-GEMM microbenchmark ceiling in one precision."
    public static let schemaMembers: [String: SchemaNote] = [
        "precision": SchemaNote("The precision measured."),
        "fraction": SchemaNote("0..1 of the registry's dense peak in this precision, per logical device."),
        "source": SchemaNote("Where the measurement is published: a URL.", format: "uri"),
        "note": SchemaNote("What was measured, how, on which stack."),
    ]
}

extension ScaleUpReport: SchemaDocumented {
    public static let schemaDescription = "The scale-up domain (the fast fabric between modules) as software sees it."
    public static let schemaMembers: [String: SchemaNote] = [
        "domainSize": SchemaNote("Modules that share the fast fabric, e.g. 8 on an OAM UBB or HGX board."),
        "topology": SchemaNote("How modules connect, as descriptors spell it, e.g. 'fully-connected' or 'switched'."),
        "perPeerBytesPerSecond": SchemaNote("B/s from one module to one peer, per direction."),
        "allReduceBytesPerSecond": SchemaNote("All-reduce bus bandwidth per module across the domain, B/s (nccl-tests busbw)."),
    ]
}

extension FrameworkSupport: SchemaDocumented {
    public static let schemaDescription =
        "A serving framework that runs on the module, and the kernels it has there; a framework may appear once per source."
    public static let schemaMembers: [String: SchemaNote] = [
        "name": SchemaNote("The framework, e.g. 'vLLM', 'SGLang', 'TensorRT-LLM', 'vllm-ascend', 'MindIE'."),
        "minimumVersion": SchemaNote("The first framework version with this support."),
        "features": SchemaNote("Kernel features a model may need that the framework has on this module."),
        "source": SchemaNote("Where the support is documented: a URL.", format: "uri"),
    ]
}

extension FrameworkSupport.Feature: SchemaDocumented {
    public static let schemaDescription =
        "A kernel feature: paged-attention, gqa (grouped-query attention), mla (multi-head latent attention), sliding-window, moe (mixture of experts), fp8-block-scales, fp8-per-tensor, int4-awq, int4-gptq, mxfp4, nvfp4, fp8-kv-cache."
}
