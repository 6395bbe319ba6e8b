/// One thing the model leaves out, said in plain words in English and Dutch: what a reader must
/// not read into its figures.
///
/// `ModelLimitation.notModelled` is the one list; the briefing prints it, and the "Not
/// modelled" sections of `docs/simulation-model.md` and `docs/cost-model.md` give one bullet per
/// entry, starting with its id (`- **`id`**: …`). A test fails when the two disagree.
public struct ModelLimitation: Hashable, Sendable {
    /// A short, stable key in lower case with hyphens (`correlated-failures`): how the docs name it.
    public let id: String
    /// The limitation in English, one or two sentences.
    public let english: String
    /// The limitation in Dutch, one or two sentences.
    public let dutch: String

    /// Creates a limitation.
    public init(id: String, english: String, dutch: String) {
        self.id = id
        self.english = english
        self.dutch = dutch
    }
}

extension ModelLimitation {
    /// Everything the simulator and the cost model leave out, in the order the briefing prints
    /// it: the facility's hardware first, then its jobs, power and money.
    public static let notModelled: [ModelLimitation] = [
        ModelLimitation(
            id: "network-topology",
            english: "The network between nodes: a job spread over many nodes runs as fast as on one, wherever those nodes sit; the network counts only as a share of compute capex.",
            dutch: "Het netwerk tussen nodes: een taak over veel nodes loopt even snel als op één node, waar die nodes ook staan; het netwerk telt alleen mee als aandeel van de investering in rekenkracht."),
        ModelLimitation(
            id: "correlated-failures",
            english: "Failures that strike many nodes at once (a power cut, a cooling or switch fault): each node fails on its own, independently of the others.",
            dutch: "Storingen die veel nodes tegelijk treffen (stroomuitval, een storing in koeling of netwerk): elke node valt los van de andere uit."),
        ModelLimitation(
            id: "repair-resources",
            english: "Limits on spare parts and repair staff: a fault takes its whole node out for a repair time drawn for its cause, however many nodes are down at once.",
            dutch: "Grenzen aan reserveonderdelen en monteurs: een storing haalt de hele node uit bedrijf voor een reparatietijd die bij haar oorzaak hoort, hoeveel nodes er ook tegelijk stuk zijn."),
        ModelLimitation(
            id: "failure-ageing",
            english: "Failure rates that change with age: a node is interrupted as often in its first month as in its fifth year (no early-life faults, no wear-out).",
            dutch: "Storingskansen die met de leeftijd veranderen: een node valt in zijn eerste maand even vaak uit als in zijn vijfde jaar (geen kinderziektes, geen slijtage)."),
        ModelLimitation(
            id: "planned-maintenance",
            english: "Draining nodes before planned maintenance: a maintenance window takes its nodes at once and the jobs on them are stopped and restarted from their last checkpoint.",
            dutch: "Nodes leegmaken vóór gepland onderhoud: een onderhoudsvenster neemt zijn nodes meteen uit bedrijf; de taken erop worden gestopt en herstarten vanaf hun laatste checkpoint."),
        ModelLimitation(
            id: "checkpoint-cost",
            english: "The time jobs spend writing checkpoints: a checkpoint costs no run time; a failure loses only the work since the last one.",
            dutch: "De tijd die taken kwijt zijn aan het wegschrijven van checkpoints: een checkpoint kost geen rekentijd; een storing kost alleen het werk sinds het laatste."),
        ModelLimitation(
            id: "delivery-delays",
            english: "Late deliveries and tendering: every build-out phase comes online at the start of its month; lead times are used only by the planner.",
            dutch: "Late leveringen en aanbestedingen: elke uitbreiding gaat aan het begin van haar maand in bedrijf; levertijden gebruikt alleen de planner."),
        ModelLimitation(
            id: "batch-jobs-only",
            english: "Work other than batch jobs: no interactive sessions, no inference services with response-time targets, no jobs that wait for other jobs, no time to move data in or out.",
            dutch: "Ander werk dan batchtaken: geen interactieve sessies, geen inferentiediensten met eisen aan de reactietijd, geen taken die op andere taken wachten, geen tijd voor het verplaatsen van data."),
        ModelLimitation(
            id: "independent-job-shapes",
            english: "Links between a job's size and its length: GPUs per job and hours per job are drawn independently, and each job independently of the one before.",
            dutch: "Verband tussen de omvang en de duur van een taak: GPU's per taak en uren per taak worden los van elkaar getrokken, en elke taak los van de vorige."),
        ModelLimitation(
            id: "preemption",
            english: "Preemption: a running job is never stopped to make room for a job of higher priority; only failures and maintenance stop running jobs.",
            dutch: "Voorrang door onderbreking: een lopende taak wordt nooit gestopt om plaats te maken voor een taak met hogere prioriteit; alleen storingen en onderhoud stoppen lopende taken."),
        ModelLimitation(
            id: "demand-response",
            english: "Users who react to price or waiting: demand follows its curve whatever the price or the queue, except that jobs whose patience runs out leave, and do not come back.",
            dutch: "Gebruikers die reageren op prijs of wachttijd: de vraag volgt haar curve wat de prijs of de wachtrij ook is, behalve dat taken waarvan het geduld op is vertrekken, en niet terugkomen."),
        ModelLimitation(
            id: "power-order",
            english: "Choosing which nodes get power when the grid is short: nodes are powered in a fixed order (dedicated partitions first, then by build order), not by what the queue needs.",
            dutch: "Kiezen welke nodes stroom krijgen als de netaansluiting tekortschiet: nodes krijgen stroom in een vaste volgorde (eerst de gereserveerde, dan in volgorde van bouw), niet naar wat de wachtrij nodig heeft."),
        ModelLimitation(
            id: "power-within-month",
            english: "Changes within a month: the grid limit, the electricity price and the PUE hold for a whole month (no hourly prices, no peak shaving); the PUE does not depend on load.",
            dutch: "Veranderingen binnen een maand: netgrens, stroomprijs en PUE gelden een hele maand (geen uurprijzen, geen pieken afvlakken); de PUE hangt niet af van de belasting."),
        ModelLimitation(
            id: "nameplate-power",
            english: "Measured power draw: a node's power runs linearly from idle to the maker's maximum rating with its busy GPUs; real draw under load is often lower, so energy and its cost are an upper bound.",
            dutch: "Gemeten stroomverbruik: het vermogen van een node loopt lineair van stationair tot het maximum van de fabrikant met zijn bezette GPU's; het werkelijke verbruik is vaak lager, dus energie en de kosten daarvan zijn een bovengrens."),
        ModelLimitation(
            id: "carbon-accounting",
            english: "Hourly and embodied carbon: emissions are facility energy times one average grid intensity, without the carbon of making the hardware and the building.",
            dutch: "CO₂ per uur en CO₂ in de bouw: de uitstoot is het energieverbruik maal één gemiddelde uitstoot van het net, zonder de uitstoot van het maken van hardware en gebouw."),
        ModelLimitation(
            id: "heat-demand",
            english: "The heat network's demand: a fixed share of facility energy is sold as heat at a fixed price, in every season.",
            dutch: "De vraag van het warmtenet: een vast deel van de energie wordt in elk seizoen als warmte verkocht, tegen een vaste prijs."),
        ModelLimitation(
            id: "inflation-and-taxes",
            english: "Inflation, taxes, loans and exchange rates: money is in real euros, without VAT, interest on borrowing, or the risk of prices set in dollars.",
            dutch: "Inflatie, belastingen, leningen en wisselkoersen: bedragen zijn reële euro's, zonder btw, rente op leningen of het risico van prijzen in dollars."),
        ModelLimitation(
            id: "end-of-life",
            english: "The end of the hardware's life: no cost of removal or disposal, and the residual value is straight-line depreciation, not a resale price.",
            dutch: "Het einde van de levensduur van de hardware: geen kosten voor afvoer of verwerking, en de restwaarde is lineaire afschrijving, geen verkoopprijs."),
        ModelLimitation(
            id: "fixed-staff",
            english: "Staff that grows with the facility: staff cost is one fixed amount a year, whatever the number of nodes or users.",
            dutch: "Personeel dat meegroeit met de faciliteit: de personeelskosten zijn één vast bedrag per jaar, hoeveel nodes of gebruikers er ook zijn."),
    ]
}
