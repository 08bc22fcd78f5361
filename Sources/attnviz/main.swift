import AttnVizCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

exit(AttnViz.run(Array(CommandLine.arguments.dropFirst())))
