// One forward-pass measurement of attnviz's engine, for bench/peers.py.
//
// Usage: attnviz-bench --model minilm|smollm2 --models DIR --ids 101,2054,… [--read-scores]
//        [--repeat N]
//
// Loads the model, warms up on the first 16 ids, resets the kernel's peak-RSS counter
// (/proc/self/clear_refs), times one traced forward pass over all ids (the trace `attnviz`
// keeps: every intermediate stored, raw scores derived from q and k on first read), and prints one JSON line with the wall-clock and CPU seconds,
// the resident set before the pass and its peak during it, in KiB. With --read-scores it
// then reads every head's raw scores (computed from q and k on first read) and reports
// that time and the peak after it.
import AttentionEngine
import Foundation
import Tokenization

#if canImport(Glibc)
  import Glibc
#endif

struct Measurement: Encodable {
  var seconds: Double
  var cpuSeconds: Double
  var rssBeforeKiB: Int
  var forwardPeakKiB: Int
  /// With `--read-scores`: the seconds to read every head's raw scores after the pass, and
  /// the peak RSS after that.
  var scoreSeconds: Double?
  var scorePeakKiB: Int?

  enum CodingKeys: String, CodingKey {
    case seconds
    case cpuSeconds = "cpu_seconds"
    case rssBeforeKiB = "rss_before_kib"
    case forwardPeakKiB = "forward_peak_kib"
    case scoreSeconds = "score_seconds"
    case scorePeakKiB = "score_peak_kib"
  }
}

func option(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else {
    return nil
  }
  return arguments[index + 1]
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("attnviz-bench: error: \(message)\n".utf8))
  exit(1)
}

func statusKiB(_ key: String) -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  let line = status.split(separator: "\n").first { $0.hasPrefix(key + ":") }
  // "VmHWM:\t  298372 kB": the number is the second whitespace-separated field.
  let fields = line?.split(whereSeparator: { $0 == " " || $0 == "\t" }) ?? []
  return fields.count > 1 ? Int(fields[1]) ?? 0 : 0
}

func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return user + system
}

func tokens(_ ids: [Int]) -> [Token] {
  ids.enumerated().map { index, id in
    Token(id: id, piece: "\(id)", span: index..<index, kind: .normal, label: "\(id)")
  }
}

guard let name = option("model"), let folder = option("models"), let list = option("ids") else {
  fail("usage: attnviz-bench --model minilm|smollm2 --models DIR --ids 1,2,3")
}
let ids = list.split(separator: ",").compactMap { Int($0) }
let model: any AttentionModel
do {
  let url = URL(fileURLWithPath: folder).appending(path: name)
  switch name {
  case "minilm": model = try MiniLMModel.load(from: url)
  case "smollm2": model = try SmolLM2Model.load(from: url)
  default: fail("unknown model '\(name)'; use 'minilm' or 'smollm2'")
  }
  _ = try model.trace(of: tokens(Array(ids.prefix(16))), text: "", tokenizerName: "ids")
} catch {
  fail("\(error)")
}

// --repeat N runs N − 1 extra passes first, so a profiler sees mostly forward passes.
let extraPasses = max(0, (option("repeat").flatMap { Int($0) } ?? 1) - 1)
for _ in 0..<extraPasses {
  _ = try model.trace(of: tokens(ids), text: "", tokenizerName: "ids")
}
try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
let before = statusKiB("VmRSS")
let cpuStart = cpuSeconds()
let start = DispatchTime.now().uptimeNanoseconds
let trace = try model.trace(of: tokens(ids), text: "", tokenizerName: "ids")
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let cpu = cpuSeconds() - cpuStart
let peak = statusKiB("VmHWM")
var measurement = Measurement(
  seconds: seconds, cpuSeconds: cpu, rssBeforeKiB: before, forwardPeakKiB: peak)
if CommandLine.arguments.contains("--read-scores") {
  // Raw scores are derived from q and k on first read; this times reading all of them.
  let scoreStart = DispatchTime.now().uptimeNanoseconds
  var checksum: Float = 0
  for layer in trace.layers {
    for head in layer.heads { checksum += head.scores.values[0] }
  }
  measurement.scoreSeconds = Double(DispatchTime.now().uptimeNanoseconds - scoreStart) / 1e9
  measurement.scorePeakKiB = statusKiB("VmHWM")
  withExtendedLifetime(checksum) {}
}
withExtendedLifetime(trace) {}

let data = try JSONEncoder().encode(measurement)
print(String(decoding: data, as: UTF8.self))
