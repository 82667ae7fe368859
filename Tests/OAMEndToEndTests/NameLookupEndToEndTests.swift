import Foundation
import OAMTestSupport
import Testing

/// Names as people write them, through the real binary and the shipped registry.
@Suite struct NameLookupEndToEndTests {
    @Test(arguments: [
        ("MTT S4000", "moore-threads/mtt-s4000"),
        ("mtt-s4000", "moore-threads/mtt-s4000"),
        ("ＭＴＴ　Ｓ４０００", "moore-threads/mtt-s4000"),
        ("摩尔线程 MTT S4000", "moore-threads/mtt-s4000"),
        ("Gaudi 3", "intel/gaudi3"),
        ("gaudi-3", "intel/gaudi3"),
        ("H100 SXM", "nvidia/h100-sxm"),
        ("昇腾910B", "huawei/ascend-910b"),
        ("昇腾910C", "huawei/ascend-910c"),
        ("思元370", "cambricon/mlu370-x8"),
        ("思元290", "cambricon/mlu290-m5"),
        ("云燧T20", "enflame/t20"),
        ("云燧S60", "enflame/s60"),
        ("壁仞BR100", "biren/br100"),
        ("天垓150", "iluvatar/bi-v150"),
        ("昆仑芯R300", "kunlunxin/r300"),
        ("海光K100", "hygon/k100"),
        ("曦云C500", "metax/c500"),
        ("燧原 S60", "enflame/s60"),
        ("CloudBlazer S60", "enflame/s60"),
        ("昇腾950PR", "huawei/ascend-950pr"),
        ("Ascend 950DT", "huawei/ascend-950dt"),
        ("昇腾910B2", "huawei/ascend-910b2"),
        ("平头哥PPU", "alibaba/ppu"),
        ("智铠100", "iluvatar/mr-v100"),
        ("海光BW1000", "hygon/bw1000"),
    ])
    func showFindsTheModule(_ name: String, _ id: String) throws {
        let result = try OAMProcess.run(["show", name, "--format", "json"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == id)
    }

    @Test func anAmbiguousBrandListsTheCandidatesAndExits2() throws {
        let result = try OAMProcess.run(["show", "昇腾"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        for id in [
            "huawei/ascend-910b", "huawei/ascend-910b2", "huawei/ascend-910c", "huawei/ascend-950pr", "huawei/ascend-950dt",
        ] {
            #expect(result.stderr.contains(id))
        }
    }

    @Test func fitTakesAChipByItsChineseName() throws {
        let result = try OAMProcess.run(["fit", "meta-llama/llama-3.1-8b", "--chip", "昇腾 910B", "--batch", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ascend-910b"))
        let ambiguous = try OAMProcess.run(["fit", "meta-llama/llama-3.1-8b", "--chip", "gaudi"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("intel/gaudi2") && ambiguous.stderr.contains("intel/gaudi3"))
    }

    @Test func adapterReportTakesAFullWidthName() throws {
        let result = try OAMProcess.run(["adapter", "report", "ＭＴＴ　Ｓ４０００"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("moore-threads/mtt-s4000"))
    }
}
