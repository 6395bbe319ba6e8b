// swift-tools-version: 6.0
// aifactory: capacity planning and cost simulation for national AI factories.
//
// Targets point one way (see docs/architecture.md for the map and what each must not know):
//   BitExactMath <- SimulationKernel, FactoryModel, Forecasting   (bit-identical exp/log/pow)
//   CLAPACKE <- LinearAlgebra <- Optimization, Forecasting        (numerics, no factory words)
//   FactoryModel <- Forecasting <- ScenarioFormat                 (domain; decode, then forecast)
//   FactoryModel + SimulationKernel <- FacilitySimulation <- Finance, Planning
//   Reporting (files' text) <- Briefing (report.html), Evaluation (one pipeline, one writer)
//   Evaluation <- Studies, AIFactoryCLI
import PackageDescription

let package = Package(
    name: "aifactory",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "aifactory", targets: ["AIFactoryCLI"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "Optimization", targets: ["Optimization"]),
        .library(name: "BitExactMath", targets: ["BitExactMath"]),
        .library(name: "SimulationKernel", targets: ["SimulationKernel"]),
        .library(name: "Forecasting", targets: ["Forecasting"]),
        .library(name: "Workloads", targets: ["Workloads"]),
        .library(name: "FactoryModel", targets: ["FactoryModel"]),
        .library(name: "FacilitySimulation", targets: ["FacilitySimulation"]),
        .library(name: "Finance", targets: ["Finance"]),
        .library(name: "ScenarioFormat", targets: ["ScenarioFormat"]),
        .library(name: "Reporting", targets: ["Reporting"]),
        .library(name: "Briefing", targets: ["Briefing"]),
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "Studies", targets: ["Studies"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Debian's LAPACKE and OpenBLAS, seen from Swift. Nothing else lives here.
        .systemLibrary(
            name: "CLAPACKE",
            pkgConfig: "lapacke",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        // Dense column-major matrices and the LAPACK routines the optimiser needs.
        .target(name: "LinearAlgebra", dependencies: ["CLAPACKE"]),
        // exp, log and pow from IEEE arithmetic alone (fdlibm ports), so that every figure is
        // bit-identical on every machine. Every numeric target uses it instead of libm's.
        .target(name: "BitExactMath"),
        // A generic discrete-event core: exact clock, event heap, random streams, statistics.
        // It knows nothing of GPUs, tenants or money.
        .target(name: "SimulationKernel", dependencies: ["BitExactMath"]),
        // Readers of real workload traces (Standard Workload Format), with line-numbered errors.
        .target(name: "Workloads"),
        // LP/MILP: the general-form model, MPS in and out, an interior-point solver on LAPACK.
        // It knows nothing of factories.
        .target(name: "Optimization", dependencies: ["LinearAlgebra"]),
        // The facility's value types and their rules (power budget, electricity price,
        // discounting, residual value, capex and funding): months, catalog, site, budget, tenants.
        .target(name: "FactoryModel", dependencies: ["BitExactMath", "Workloads"]),
        // Demand forecasts: growth curves fitted to usage histories (Levenberg–Marquardt on
        // LAPACK), and each tenant's demand by month. Called after decoding, never during.
        .target(name: "Forecasting", dependencies: ["BitExactMath", "FactoryModel", "LinearAlgebra"]),
        // The facility simulated job by job on the kernel: pools, placement, schedulers,
        // failures, power and the grid, monthly accounting.
        // One replication's state is a class owned by one thread; the runtime's dynamic
        // exclusivity checks on its arrays cost more than half the event loop's time
        // (measured with perf), so they are compiled out here and only here.
        .target(
            name: "FacilitySimulation",
            dependencies: ["BitExactMath", "SimulationKernel", "FactoryModel", "Workloads"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        // Money: capex by year, who funds it, opex, NPV and the cost of a GPU-hour.
        .target(name: "Finance", dependencies: ["FactoryModel", "FacilitySimulation"]),
        // Build-out planning: demand forecasts, the build-out MILP, and simulation rounds that
        // check the plan. The one place where factory words meet the optimiser.
        .target(name: "Planning", dependencies: ["FactoryModel", "Forecasting", "Optimization", "FacilitySimulation"]),
        // Scenario files: YAML with source locations, `extends`, validation, the default catalog.
        .target(
            name: "ScenarioFormat",
            dependencies: ["FactoryModel", "Forecasting", "Workloads", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/default-catalog.yaml")]
        ),
        // Pure functions from results to text and back: the output files' column tables, CSV
        // (written in a dialect, and the one reader), JSON, the output-folder reader, and the
        // comparison behind `check`.
        .target(name: "Reporting", dependencies: ["FactoryModel", "FacilitySimulation", "Forecasting", "SimulationKernel", "Finance", "Planning"]),
        // The ministry briefing (report.html): HTML, SVG charts and translations, drawn from
        // typed results (`OutputResults`).
        .target(name: "Briefing", dependencies: ["Reporting", "FactoryModel", "FacilitySimulation", "Finance"]),
        // The one evaluation pipeline: scenario → replications → finance → headline figures →
        // the output files → written atomically; the plan's simulation rounds; check's baselines.
        .target(name: "Evaluation", dependencies: ["FactoryModel", "FacilitySimulation", "Finance", "Optimization", "Planning", "Reporting"]),
        // Many scenarios at once: sweeps over field paths, sensitivity, shards for Slurm.
        .target(name: "Studies", dependencies: ["Evaluation", "FactoryModel", "ScenarioFormat", "Reporting"]),
        // Fixed benchmark models (`aifactory bench`), kept out of the product's libraries.
        .target(name: "Benchmarking", dependencies: ["SimulationKernel", "Optimization"]),
        // The `aifactory` command: a thin layer of subcommands over the libraries.
        .executableTarget(
            name: "AIFactoryCLI",
            dependencies: [
                "Evaluation", "FactoryModel", "ScenarioFormat", "Reporting", "Briefing", "Optimization", "Planning", "Studies", "Benchmarking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: a seeded generator, one approximate comparison rule,
        // the repository's folders, each target's own fixtures, scenario loading and CSV rows.
        // Built only by `swift test`.
        .target(name: "TestSupport", dependencies: ["FactoryModel", "ScenarioFormat"], path: "Tests/TestSupport"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TestSupport"]),
        .testTarget(name: "OptimizationTests", dependencies: ["Optimization", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "BitExactMathTests", dependencies: ["BitExactMath", "SimulationKernel", "TestSupport"]),
        .testTarget(name: "ForecastingTests", dependencies: ["BitExactMath", "Forecasting", "LinearAlgebra", "TestSupport"]),
        .testTarget(
            name: "ScenarioFormatTests",
            dependencies: ["ScenarioFormat", "FactoryModel", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "FactoryModelTests", dependencies: ["FactoryModel"]),
        .testTarget(name: "FinanceTests", dependencies: ["Finance", "FactoryModel", "FacilitySimulation", "SimulationKernel", "TestSupport"]),
        .testTarget(name: "SimulationKernelTests", dependencies: ["SimulationKernel", "TestSupport"]),
        .testTarget(
            name: "FacilitySimulationTests",
            dependencies: ["FacilitySimulation", "SimulationKernel", "FactoryModel", "TestSupport", "Workloads"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "WorkloadsTests", dependencies: ["Workloads", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PlanningTests",
            dependencies: ["Evaluation", "Planning", "FactoryModel", "Forecasting", "Optimization", "ScenarioFormat", "Reporting", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "FacilitySimulation", "FactoryModel", "Planning", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "FactoryModel", "TestSupport"]),
        .testTarget(name: "BriefingTests", dependencies: ["Briefing", "Reporting", "FactoryModel", "FacilitySimulation", "Finance", "ScenarioFormat", "TestSupport"]),
        .testTarget(
            name: "StudiesTests",
            dependencies: ["Studies", "ScenarioFormat", "FactoryModel", "FacilitySimulation", "Finance", "Reporting", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AIFactoryCLITests",
            dependencies: ["AIFactoryCLI", "Optimization", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
