BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(ClaimExtractor.Benchmarks.PipelineBench).Assembly).Run(args);
