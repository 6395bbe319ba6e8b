import Foundation
import TestSupport

/// A tiny scenario in which every number the format reads is a placeholder `{{key}}`, for
/// setting one field to the end of its range: eight tenants, one of each demand kind, whose job
/// mixes use each distribution for GPUs and for hours, over a one-month horizon, so that a
/// simulation of it takes a fraction of a second.
enum EdgeScenario {
    /// The scenario with placeholders; each occurs once.
    static let template = """
        name: range-edge
        seed: {{seed}}
        horizon: {start: 2027-01, end: {{horizon_end}}}
        budget:
          capex_eur: {{capex}}
          eu_cofunding_share: {{eu_share}}
          eu_cofunding_cap_eur: {{eu_cap}}
          eu_opex_cofunding_share: {{eu_opex_share}}
          national_cap_eur: {{national_cap}}
          co_funders:
            - {name: fund, amount_eur: {{funder_amount}}}
            - {name: share-fund, share: {{funder_share}}}
          discount_rate: {{discount}}
        site:
          grid_connection: [{from: 2027-01, mw: {{grid_mw}}}]
          grid_capex_eur_per_mw: {{grid_capex}}
          cooling:
            type: direct-liquid
            pue: {{pue}}
            monthly_pue: [{{monthly_pue}}, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2]
            capex_eur_per_kw: {{cooling_capex}}
          building: {fit_out_capex_eur_per_kw: {{fit_out}}, max_it_mw: {{max_it}}}
          electricity:
            price_eur_per_mwh: {{price}}
            price_escalation_per_year: {{escalation}}
            price_table: [{from: 2027-01, price_eur_per_mwh: {{table_price}}}]
            carbon_g_per_kwh: {{carbon}}
          heat_reuse: {fraction: {{heat_fraction}}, price_eur_per_mwh: {{heat_price}}}
          staff_cost_eur_per_year: {{staff}}
          maintenance_share_per_year: {{maintenance}}
          software_support_eur_per_node_per_year: {{software}}
          networking_storage_share_of_compute: {{networking}}
          hardware_life_years: {{life}}
          maintenance_windows: {every_weeks: {{maint_weeks}}, hours: {{maint_hours}}, share_of_nodes: {{maint_share}}}
        use_default_catalog: false
        catalog:
          - id: g
            vendor: nvidia
            gpus_per_node: {{gpus_per_node}}
            node_price_eur: {{node_price}}
            price_decline_per_year: {{decline}}
            node_power_idle_kw: {{idle_kw}}
            node_power_peak_kw: {{peak_kw}}
            relative_throughput: {{throughput}}
            annual_failure_rate: {{failure_rate}}
            repair_hours: {{repair_hours}}
            interruptions:
              network: {annual_rate: {{class_rate}}, repair_hours: {{class_repair}}}
            available_from: {{available_from}}
            lead_time_months: {{lead_time}}
        build_out:
          - {at: 2027-01, nodes: {g: {{nodes}}}}
        tenants:
          - name: a
            quota_share: {{quota}}
            priority: {{priority}}
            price_eur_per_gpu_hour: {{gpu_hour_price}}
            software_efficiency: {nvidia: {{efficiency}}}
            checkpoint_interval_hours: {{checkpoint}}
            dedicated: {nodes: {g: {{dedicated}}}, overflow_to_shared: true}
            demand:
              kind: constant
              gpu_hours_per_month: {{constant_hours}}
              seasonality: [{{seasonality}}, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
            job_mix:
              gpus_per_job: {distribution: fixed, value: {{a_gpus}}}
              hours_per_job: {distribution: fixed, value: {{a_hours}}}
              walltime_factor: {{walltime}}
          - name: b
            quota_share: 0
            demand: {kind: linear, start_gpu_hours_per_month: {{linear_start}}, end_gpu_hours_per_month: {{linear_end}}}
            job_mix:
              gpus_per_job: {distribution: exponential, mean: {{b_gpus}}}
              hours_per_job: {distribution: exponential, mean: {{b_hours}}}
          - name: c
            quota_share: 0
            demand:
              kind: exponential
              start_gpu_hours_per_month: {{exp_start}}
              growth_rate_per_year: {{growth}}
              cap_gpu_hours_per_month: {{exp_cap}}
            job_mix:
              gpus_per_job: {distribution: lognormal, median: {{c_gpus}}, sigma: {{c_gpus_sigma}}}
              hours_per_job: {distribution: lognormal, median: {{c_hours}}, sigma: {{c_hours_sigma}}}
          - name: d
            quota_share: 0
            demand:
              kind: logistic
              start_gpu_hours_per_month: {{logistic_start}}
              cap_gpu_hours_per_month: {{logistic_cap}}
              midpoint: {{midpoint}}
              steepness_per_year: {{steepness}}
            job_mix:
              gpus_per_job: {distribution: uniform, min: {{d_gpus_min}}, max: {{d_gpus_max}}}
              hours_per_job: {distribution: uniform, min: {{d_hours_min}}, max: {{d_hours_max}}}
          - name: e
            quota_share: 0
            demand: {kind: monthly, steps: [{from: 2027-01, gpu_hours_per_month: {{step_hours}}}]}
            job_mix:
              gpus_per_job: {distribution: choice, values: [{{e_gpus}}, 1], weights: [{{e_gpus_weight}}, 1]}
              hours_per_job: {distribution: choice, values: [{{e_hours}}, 1], weights: [{{e_hours_weight}}, 1]}
          - name: f
            quota_share: 0
            demand:
              kind: poisson
              jobs_per_hour: {{jobs_per_hour}}
              seasonality: [{{f_seasonality}}, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
            job_mix:
              gpus_per_job: {distribution: fixed, value: 1}
              hours_per_job: {distribution: fixed, value: 0.5}
          - name: g
            quota_share: 0
            demand: {kind: trace, file: {{trace}}, gpus_per_processor: {{gpus_per_processor}}}
          - name: h
            quota_share: 0
            history:
              curve: linear
              usage:
                - {month: 2026-10, gpu_hours: {{usage}}}
                - {month: 2026-11, gpu_hours: 10}
                - {month: 2026-12, gpu_hours: 10}
            job_mix:
              gpus_per_job: {distribution: fixed, value: 1}
              hours_per_job: {distribution: fixed, value: 1}
        scheduler:
          policy: fairshare
          replications: {{replications}}
          fairshare_half_life_days: {{half_life}}
          backfill_depth: {{backfill_depth}}
        planning:
          step_months: {{step_months}}
          target_utilisation: {{target}}
          max_vendor_share: {{vendor_share}}
          p95_wait_hours_max: {{wait_max}}
          service_level: {{service_level}}
          quota_coverage: {{coverage}}
          max_rounds: {{rounds}}
          tighten_factor: {{tighten}}
          mip_gap: {{gap}}
          node_limit: {{node_limit}}

        """

    /// Mid-range values: a facility of 4 nodes of 8 GPUs, a few jobs per tenant, nothing priced.
    static let defaults: [String: String] = [
        "seed": "1", "horizon_end": "2027-01",
        "capex": "10_000_000_000_000", "eu_share": "0.5", "eu_cap": "10_000_000_000_000", "eu_opex_share": "0",
        "national_cap": "10_000_000_000_000", "funder_amount": "0", "funder_share": "0", "discount": "0.03",
        "grid_mw": "10", "grid_capex": "0", "pue": "1.2", "monthly_pue": "1.2", "cooling_capex": "0",
        "fit_out": "0", "max_it": "10", "price": "100", "escalation": "0", "table_price": "100", "carbon": "100",
        "heat_fraction": "0.2", "heat_price": "50", "staff": "0", "maintenance": "0.03", "software": "0",
        "networking": "0", "life": "5", "maint_weeks": "1", "maint_hours": "4", "maint_share": "0",
        "class_rate": "0", "class_repair": "2",
        "gpus_per_node": "8", "node_price": "0", "decline": "0", "idle_kw": "0.5", "peak_kw": "1", "throughput": "1",
        "failure_rate": "0.1", "repair_hours": "4", "available_from": "2026-01", "lead_time": "0", "nodes": "4",
        "quota": "0.1", "priority": "0", "gpu_hour_price": "1", "efficiency": "1", "checkpoint": "1", "dedicated": "0",
        "constant_hours": "20", "seasonality": "1", "a_gpus": "2", "a_hours": "1", "walltime": "1.5",
        "linear_start": "10", "linear_end": "20", "b_gpus": "2", "b_hours": "1",
        "exp_start": "10", "growth": "0.1", "exp_cap": "100", "c_gpus": "2", "c_gpus_sigma": "0.5", "c_hours": "1", "c_hours_sigma": "0.5",
        "logistic_start": "10", "logistic_cap": "20", "midpoint": "2027-06", "steepness": "2",
        "d_gpus_min": "1", "d_gpus_max": "4", "d_hours_min": "0.5", "d_hours_max": "2",
        "step_hours": "10", "e_gpus": "2", "e_gpus_weight": "1", "e_hours": "2", "e_hours_weight": "1",
        "jobs_per_hour": "0.05", "f_seasonality": "1",
        "trace": fixtures.path("edge-trace.swf"), "gpus_per_processor": "1", "usage": "10",
        "replications": "1", "half_life": "7", "backfill_depth": "100",
        "step_months": "6", "target": "0.8", "vendor_share": "1", "wait_max": "24", "service_level": "1",
        "coverage": "0.5", "rounds": "1", "tighten": "0.9", "gap": "0.001", "node_limit": "100",
    ]

    /// The scenario with `values` in place of their placeholders and the defaults elsewhere.
    static func text(_ values: [String: String]) -> String {
        render(template, values)
    }

    /// Line and column (from 1) at which the value of placeholder `key` starts in `text(values)`.
    static func place(of key: String, in values: [String: String]) -> (line: Int, column: Int) {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.contains("{{\(key)}}") }) else { return (0, 0) }
        let before = String(lines[index][..<lines[index].range(of: "{{\(key)}}")!.lowerBound])
        return (index + 1, render(before, values).unicodeScalars.count + 1)
    }

    private static func render(_ text: String, _ values: [String: String]) -> String {
        var result = text
        for (key, value) in defaults.merging(values, uniquingKeysWith: { $1 }) {
            result = result.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return result
    }
}
