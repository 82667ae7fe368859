/// The descriptor schemas: the single source of truth for validation, the JSON Schemas
/// under `Registry/schema/` and `Docs/descriptor-format.md`.
public enum Schemas {
    /// Every word allowed for `memory.type`, with the range of bandwidth per module that
    /// the technology can deliver (used by `memory-bandwidth-vs-type`).
    public static let memoryTypes: [String] = [
        "hbm", "hbm2", "hbm2e", "hbm3", "hbm3e", "hbm4", "gddr5", "gddr6", "gddr6x", "gddr7", "lpddr4x", "lpddr5", "lpddr5x",
        "ddr4", "ddr5",
    ]
    public static let formFactors = FormFactor.modules.map(\.rawValue)
    public static let coolings = Cooling.allCases.map(\.rawValue)
    public static let topologies = ScaleUpTopology.allCases.map(\.rawValue)
    public static let directions = ["per-direction", "bidirectional"]
    public static let tiers = EvidenceTier.allCases.map(\.rawValue)
    public static let precisions = Precision.allCases.map(\.rawValue)

    static let sources = ValueType.map(
        keys: .formatted(.kebab),
        values: .object(
            ObjectSchema(
                "source", "A published document that figures rest on.",
                fields: [
                    .init("title", .text, "What the document is, e.g. 'AMD Instinct MI300X data sheet'."),
                    .init("url", .formatted(.url), required: true, "Where it can be read."),
                    .init("tier", .oneOf(tiers), required: true, "vendor, press, third-party or measured."),
                    .init(
                        "covers", .list(.text), required: true,
                        "Dotted field paths it supports; a path covers everything below it."),
                    .init("accessed", .formatted(.date), "When it was read."),
                    .init("quote", .text, "The sentence or table row the figures come from."),
                ])))

    static let conflicts = ValueType.list(
        .object(
            ObjectSchema(
                "conflict", "Published figures that disagree, side by side.",
                fields: [
                    .init("field", .text, required: true, "Dotted path of the field."),
                    .init("chosen", .text, required: true, "The value the descriptor uses, as written there."),
                    .init(
                        "alternatives",
                        .list(
                            .object(
                                ObjectSchema(
                                    "alternative", "A figure someone else published.",
                                    fields: [
                                        .init("value", .text, required: true, "The figure as published."),
                                        .init(
                                            "source", .formatted(.kebab), required: true, "The key of its source under sources."),
                                    ]))), required: true, "The other published values."),
                    .init("reason", .text, required: true, "Why the chosen value was chosen."),
                ])))

    static func peaks(_ summary: String) -> ValueType {
        .map(keys: .oneOf(precisions), values: .orUnknown(.quantity([.flops, .ops])))
    }

    /// `kind: accelerator` — one accelerator module.
    public static let accelerator = ObjectSchema(
        "accelerator", "An accelerator module: its memory, power, links and peak throughput, each figure with its source.",
        allowsVendorBlocks: true,
        fields: [
            .init("kind", .oneOf(DescriptorKind.allCases.map(\.rawValue)), required: true, "Always 'accelerator'."),
            .init(
                "id", .formatted(.qualifiedID), required: true,
                "'<vendor>/<product>'; the file lives at accelerators/<vendor>/<product>.yaml."),
            .init("name", .text, required: true, "The vendor's product name."),
            .init("vendor", .formatted(.kebab), required: true, "Vendor id; the first part of the id."),
            .init(
                "aliases", .list(.text),
                "Other names users type: the bare product name, the vendor's part number, the Chinese product name (昇腾910B). "
                    + "Case, width, spacing and punctuation variants need no alias: names compare by their NFKC, case-folded letters and digits."
            ),
            .init("released", .formatted(.date), "Launch or general availability."),
            .init("form_factor", .orUnknown(.oneOf(formFactors)), required: true, "oam, sxm, pcie or proprietary."),
            .init("conforms_to", .formatted(.specID), "The module spec (ocp-oam-1.5) or family (ocp-oam) the vendor claims."),
            .init(
                "devices_per_module", .orUnknown(.integer(1...16)),
                "Logical devices the host sees per module (MI250X: 2); `unknown` (or left out) is read as 1, and the solver says so."
            ),
            .init("pci_ids", .list(.formatted(.pciID)), "PCI vendor:device ids of the module's physical functions."),
            .init(
                "memory",
                .object(
                    ObjectSchema(
                        "memory", "Device memory.",
                        fields: [
                            .init(
                                "capacity", .orUnknown(.quantity([.bytes])), required: true,
                                "As the device exposes it, in the unit that is true (HBM is binary-sized)."),
                            .init("type", .orUnknown(.oneOf(memoryTypes)), required: true, "Memory technology."),
                            .init("bandwidth", .orUnknown(.quantity([.bandwidth])), required: true, "Peak memory bandwidth."),
                        ])), required: true, "Device memory."),
            .init(
                "power",
                .object(
                    ObjectSchema(
                        "power", "Power and cooling.",
                        fields: [
                            .init(
                                "tdp", .orUnknown(.quantity([.power])), required: true,
                                "Thermal design power (or total board power) of the module."),
                            .init("cooling", .orUnknown(.oneOf(coolings)), "air, liquid or air-or-liquid."),
                        ])), required: true, "Power and cooling."),
            .init("host_interface", .orUnknown(.formatted(.hostInterface)), "Link to the host, e.g. pcie-5.0-x16."),
            .init(
                "scale_up",
                .object(
                    ObjectSchema(
                        "scale_up", "The module-to-module fabric.",
                        fields: [
                            .init(
                                "technology", .orUnknown(.formatted(.kebab)), required: true,
                                "nvlink-4, infinity-fabric, roce, hccs, mlu-link…"),
                            .init("links", .orUnknown(.integer(0...64)), "Links per module."),
                            .init("link_bandwidth", .orUnknown(.quantity([.bandwidth])), "Bandwidth of one link."),
                            .init(
                                "total_bandwidth", .orUnknown(.quantity([.bandwidth])), "Bandwidth of all links of one module."),
                            .init(
                                "direction", .oneOf(directions),
                                "Whether the bandwidths are quoted per direction or both directions summed; left out, the solver halves them (the conservative reading) and says so."
                            ),
                            .init("topology", .orUnknown(.oneOf(topologies)), "How modules connect."),
                            .init("domain_size", .orUnknown(.integer(1...100_000)), "Modules in one scale-up domain."),
                        ])), "The module-to-module fabric."),
            .init(
                "scale_out",
                .object(
                    ObjectSchema(
                        "scale_out", "Network ports integrated on the module.",
                        fields: [
                            .init("technology", .orUnknown(.formatted(.kebab)), "roce, ethernet…"),
                            .init("ports", .orUnknown(.integer(0...256)), "Ports per module."),
                            .init("port_bandwidth", .orUnknown(.quantity([.bandwidth])), "Bandwidth per port."),
                        ])), "Network ports integrated on the module."),
            .init("peak_dense", peaks("dense"), required: true, "Dense matrix peak per precision (never sparse figures)."),
            .init("peak_vector", peaks("vector"), "Non-matrix (vector) peak per precision."),
            .init("peak_sparse", peaks("sparse"), "Structured-sparsity peak per precision."),
            .init("unsupported", .list(.oneOf(precisions)), "Precisions with no native path on this hardware."),
            .init("sources", sources, required: true, "Documents the figures rest on."),
            .init("conflicts", conflicts, "Published figures that disagree, and which one is used."),
            .init("notes", .text, "Anything a reader needs: derivations, caveats."),
        ])

    /// `kind: module-spec` — an open module specification version.
    public static let moduleSpec = ObjectSchema(
        "module-spec", "An open module specification (OCP OAM, UBB) version and its envelope.",
        fields: [
            .init("kind", .oneOf(DescriptorKind.allCases.map(\.rawValue)), required: true, "Always 'module-spec'."),
            .init("id", .formatted(.specID), required: true, "e.g. ocp-oam-1.5; the file lives at specs/<id>.yaml."),
            .init(
                "family", .formatted(.kebab), required: true,
                "e.g. ocp-oam; accelerators may claim the family when the version is not public."),
            .init("name", .text, required: true, "The specification's title."),
            .init("version", .text, required: true, "The version as published, quoted: \"1.5\"."),
            .init("published", .orUnknown(.formatted(.date)), "Publication date."),
            .init(
                "form_factor", .oneOf(formFactors + [FormFactor.ubb.rawValue]), required: true,
                "oam for modules, ubb for baseboards."),
            .init(
                "dimensions",
                .object(
                    ObjectSchema(
                        "dimensions", "Module or board outline.",
                        fields: [
                            .init("width", .orUnknown(.quantity([.length])), "Width."),
                            .init("length", .orUnknown(.quantity([.length])), "Length."),
                        ])), "Module or board outline."),
            .init(
                "power_profiles",
                .orUnknown(
                    .list(
                        .object(
                            ObjectSchema(
                                "power_profile", "Maximum module power at one supply voltage.",
                                fields: [
                                    .init("supply", .quantity([.voltage]), required: true, "Supply voltage."),
                                    .init(
                                        "max_power", .orUnknown(.quantity([.power])), required: true,
                                        "Maximum module power at that voltage."),
                                    .init("cooling", .orUnknown(.oneOf(coolings)), "The cooling this limit assumes."),
                                ])))), "Maximum module power per supply voltage."),
            .init(
                "host_interface",
                .object(
                    ObjectSchema(
                        "host_interface", "Links to the host.",
                        fields: [
                            .init("links", .orUnknown(.integer(0...16)), "Host links per module."),
                            .init("max", .orUnknown(.formatted(.hostInterface)), "The fastest host link the spec allows."),
                        ])), "Links to the host."),
            .init(
                "inter_module_links",
                .object(
                    ObjectSchema(
                        "inter_module_links", "Module-to-module links.",
                        fields: [
                            .init("max", .orUnknown(.integer(0...64)), "Most links a module may have."),
                            .init("lanes_per_link", .orUnknown(.integer(1...64)), "Lanes per link."),
                            .init("lane_rate", .orUnknown(.quantity([.bandwidth])), "Signalling rate per lane."),
                        ])), "Module-to-module links."),
            .init("topologies", .list(.oneOf(topologies)), "Topologies the spec defines."),
            .init("cooling", .list(.oneOf(["air", "liquid"])), "Cooling the spec provides for."),
            .init(
                "baseboard",
                .object(
                    ObjectSchema(
                        "baseboard", "A baseboard holding modules (UBB).",
                        fields: [
                            .init("modules", .orUnknown(.integer(1...64)), "Modules per board.")
                        ])), "A baseboard holding modules (UBB)."),
            .init("sources", sources, required: true, "Documents the facts rest on."),
            .init("conflicts", conflicts, "Published facts that disagree."),
            .init("notes", .text, "What is not public, and anything else a reader needs."),
        ])

    /// `kind: model` — an AI model's architecture as its config.json states it.
    public static let model = ObjectSchema(
        "model", "An AI model: the architecture fields a memory and speed model needs, and its checkpoint.",
        fields: [
            .init("kind", .oneOf(DescriptorKind.allCases.map(\.rawValue)), required: true, "Always 'model'."),
            .init(
                "id", .formatted(.qualifiedID), required: true,
                "The HuggingFace repo id in lowercase; the file lives at models/<org>/<name>.yaml."),
            .init("name", .text, required: true, "Display name."),
            .init("hf_repo", .text, "The HuggingFace repo id as spelled there."),
            .init(
                "aliases", .list(.text), "Other names users type; case, width, spacing and punctuation variants need no alias."),
            .init("released", .formatted(.date), "Release date."),
            .init("license", .text, "License name."),
            .init("architecture", .object(ModelSchema.architecture), required: true, "Shapes, from config.json."),
            .init("checkpoint", .object(ModelSchema.checkpoint), required: true, "The released weights."),
            .init(
                "parameters",
                .object(
                    ObjectSchema(
                        "parameters", "Parameter counts as the model's authors state them.",
                        fields: [
                            .init(
                                "stated_total", .orUnknown(.number(1e6...1e14)), required: true,
                                "Total parameters as stated (e.g. 8.03e9)."),
                            .init("stated_active", .orUnknown(.number(1e6...1e14)), "Parameters active per token (MoE)."),
                            .init("counts_embeddings", .boolean, "Whether the stated counts include the embedding tables."),
                        ])), required: true, "Parameter counts as stated."),
            .init("sources", sources, required: true, "Documents the facts rest on."),
            .init("conflicts", conflicts, "Published facts that disagree."),
            .init("notes", .text, "Anything a reader needs."),
        ])
}
