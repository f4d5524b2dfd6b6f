using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Demo;

/// <summary>
/// Seeds an empty database with one realistic cooperation, so that a newcomer sees a living board at once:
/// a framework agreement on digitalisation between a city and its technical university, with three projects whose
/// milestones, due dates and a column at its WIP limit give the dashboards something to show.
/// </summary>
public sealed class DemoSeeder(
    IGrainFactory grains,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoSeeder> logger) : IHostedService
{
    private static readonly Organisation City = new("stadt-brandenburg", "Stadt Brandenburg an der Havel", OrganisationKind.Municipality, "Brandenburg an der Havel");
    private static readonly Organisation University = new("th-brandenburg", "Technische Hochschule Brandenburg", OrganisationKind.University, "Brandenburg an der Havel");
    private static readonly Organisation StateAgency = new("lda-digital", "Landesagentur für Digitalisierung", OrganisationKind.StateAgency, "Potsdam");

    private static readonly Person[] People =
    [
        new("anna-schulz", "Anna Schulz", "anna.schulz@stadt-brandenburg.example", City.Id),
        new("mehmet-yilmaz", "Mehmet Yılmaz", "mehmet.yilmaz@stadt-brandenburg.example", City.Id),
        new("jonas-keller", "Prof. Dr. Jonas Keller", "jonas.keller@th-brandenburg.example", University.Id),
        new("lea-hoffmann", "Lea Hoffmann", "lea.hoffmann@th-brandenburg.example", University.Id),
        new("petra-lange", "Dr. Petra Lange", "petra.lange@lda-digital.example", StateAgency.Id),
    ];

    // Seeding runs before anyone can sign in, as the platform itself; the demo's people have no accounts.
    private static readonly Actor Seeder = SystemActor.Instance;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var registry = grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey);
        if ((await registry.ListAsync()).Count > 0)
        {
            return;
        }

        logger.LogInformation("Seeding the demo cooperation into an empty database.");
        await SeedDirectoryAsync();
        await SeedAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedDirectoryAsync()
    {
        var directory = grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        foreach (var organisation in new[] { City, University, StateAgency })
        {
            await directory.AddOrganisationAsync(Seeder, organisation);
        }

        foreach (var person in People)
        {
            await directory.AddPersonAsync(Seeder, person);
        }
    }

    private async Task SeedAsync()
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var cooperation = await CreateAsync(new WorkspaceDetails(
            WorkspaceKind.Cooperation,
            "Rahmenvereinbarung Digitalisierung",
            "Qualifizierung der Beschäftigten in digitalen Kompetenzen, digitale Formate der Weiterbildung und gemeinsame Digitalprojekte einzelner Fachbereiche.",
            [City.Id, University.Id],
            SignedOn: today.AddMonths(-8),
            StartsOn: today.AddMonths(-8),
            EndsOn: today.AddYears(3)));
        await AddMembersAsync(cooperation, ("anna-schulz", WorkspaceRole.Coordination), ("jonas-keller", WorkspaceRole.Coordination), ("petra-lange", WorkspaceRole.Guest));
        await AddTasksAsync(cooperation,
            ("Lenkungskreis: Termin für das 2. Quartal abstimmen", 0, ["Lenkungskreis"], ["anna-schulz"], 7),
            ("Jahresbericht der Kooperation entwerfen", 1, ["Bericht"], ["jonas-keller"], 21),
            ("Datenschutzrahmen für gemeinsame Projekte prüfen", 2, ["Datenschutz"], ["anna-schulz"], 3));
        await AddDocumentAsync(cooperation, "Protokoll Lenkungskreis",
            "# Protokoll Lenkungskreis\n\n**Teilnehmende:** Stadt und Hochschule\n\n## Beschlüsse\n\n"
            + "1. Der Jahresbericht wird gemeinsam in diesem Dokument entworfen.\n"
            + "2. Neue Digitalprojekte melden die Fachbereiche bis Ende des Quartals.\n\n"
            + "## Offene Punkte\n\n- [ ] Datenschutzrahmen abstimmen\n- [x] Termin des nächsten Lenkungskreises\n");

        var training = await CreateAsync(new WorkspaceDetails(
            WorkspaceKind.Project,
            "Digitale Weiterbildungsformate für die Verwaltung",
            "Blended-Learning-Module zu digitalen Kompetenzen für Beschäftigte der Stadtverwaltung, entwickelt mit der Hochschule.",
            [City.Id, University.Id],
            StartsOn: today.AddMonths(-5),
            EndsOn: today.AddMonths(10),
            CooperationId: cooperation.Id,
            LeadOrganisationId: University.Id,
            Category: ProjectCategory.Qualification,
            Status: ProjectStatus.Active,
            Milestones:
            [
                new Milestone("Bedarfsanalyse abgeschlossen", today.AddMonths(-3), true),
                new Milestone("Pilotdurchgang Modul 1", today.AddMonths(2), false),
                new Milestone("Alle Module im Regelbetrieb", today.AddMonths(9), false),
            ]));
        await AddMembersAsync(training, ("jonas-keller", WorkspaceRole.Coordination), ("lea-hoffmann", WorkspaceRole.Member), ("anna-schulz", WorkspaceRole.Member));
        await AddTasksAsync(training,
            ("Bedarfsumfrage unter den Fachbereichen auswerten", 3, ["Analyse"], ["lea-hoffmann"], -10),
            ("Modul 1: Grundlagen digitaler Zusammenarbeit", 1, ["Modul", "Didaktik"], ["jonas-keller", "lea-hoffmann"], 14),
            ("Modul 2: Datenkompetenz im Verwaltungsalltag", 0, ["Modul"], ["lea-hoffmann"], 45),
            ("Pilotgruppe im Bürgeramt gewinnen", 2, ["Pilot"], ["anna-schulz"], 5),
            ("Lernplattform der Hochschule für Gasthörende öffnen", 0, ["Technik"], [], 30));

        var parking = await CreateAsync(new WorkspaceDetails(
            WorkspaceKind.Project,
            "Online-Antrag Anwohnerparkausweis",
            "Ende-zu-Ende digitaler Antrag mit Bezahlung und Bescheid im Postfach, angebunden an das Fachverfahren.",
            [City.Id, University.Id],
            StartsOn: today.AddMonths(-2),
            EndsOn: today.AddMonths(7),
            CooperationId: cooperation.Id,
            LeadOrganisationId: City.Id,
            Category: ProjectCategory.OnlineService,
            Status: ProjectStatus.Active,
            Milestones:
            [
                new Milestone("Fachkonzept abgenommen", today.AddMonths(-1), true),
                new Milestone("Schnittstelle zum Fachverfahren produktiv", today.AddMonths(3), false),
                new Milestone("Go-live im Serviceportal", today.AddMonths(6), false),
            ]));
        await AddMembersAsync(parking, ("mehmet-yilmaz", WorkspaceRole.Coordination), ("anna-schulz", WorkspaceRole.Member), ("lea-hoffmann", WorkspaceRole.Member));
        await AddTasksAsync(parking,
            ("Prozess heute aufnehmen (Ist-Analyse)", 3, ["Analyse"], ["mehmet-yilmaz"], -20),
            ("Schnittstelle zum Fachverfahren spezifizieren", 1, ["Schnittstelle"], ["mehmet-yilmaz", "lea-hoffmann"], 10),
            ("Barrierefreiheit des Formulars testen (BITV 2.0)", 0, ["Barrierefreiheit"], ["lea-hoffmann"], 25),
            ("Gebührenbescheid-Vorlage mit der Rechtsabteilung klären", 2, ["Recht"], ["anna-schulz"], 2));
        await grains.GetGrain<IWorkspaceGrain>(parking.Id).SetColumnWipLimitAsync(Seeder, parking.Columns[1].Id, 1);
        await AddDocumentAsync(parking, "Fachkonzept Online-Antrag",
            "# Fachkonzept Online-Antrag Anwohnerparkausweis\n\n## Ziel\n\nAntrag, Bezahlung und Bescheid vollständig digital.\n\n"
            + "## Ablauf\n\n1. Antrag im Portal mit Nutzerkonto\n2. Prüfung im Fachverfahren über die Schnittstelle\n"
            + "3. Bezahlung über die Bezahlplattform\n4. Bescheid ins Postfach\n");

        var registers = await CreateAsync(new WorkspaceDetails(
            WorkspaceKind.Project,
            "Schnittstelle XMeld zum Melderegister",
            "Gemeinsame Anbindung der Fachverfahren an das Melderegister über XMeld, nachnutzbar für weitere Kommunen.",
            [City.Id, StateAgency.Id],
            StartsOn: today.AddMonths(1),
            EndsOn: today.AddMonths(14),
            CooperationId: cooperation.Id,
            LeadOrganisationId: StateAgency.Id,
            Category: ProjectCategory.Interface,
            Status: ProjectStatus.Planned,
            Milestones: [new Milestone("Projektauftrag unterzeichnet", today.AddMonths(1), false)]));
        await AddMembersAsync(registers, ("petra-lange", WorkspaceRole.Coordination), ("mehmet-yilmaz", WorkspaceRole.Member));
        await AddTasksAsync(registers,
            ("Projektauftrag mit dem Land abstimmen", 1, ["Organisation"], ["petra-lange"], -3),
            ("Betroffene Fachverfahren erfassen", 0, ["Analyse"], ["mehmet-yilmaz"], 4));
    }

    private Task<WorkspaceSnapshot> CreateAsync(WorkspaceDetails details) =>
        grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(Seeder, details);

    private async Task AddMembersAsync(WorkspaceSnapshot workspace, params (string PersonId, WorkspaceRole Role)[] members)
    {
        var grain = grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        foreach (var (personId, role) in members)
        {
            var person = People.Single(p => p.Id == personId);
            await grain.AddMemberAsync(Seeder, person.Id, person.DisplayName, person.OrganisationId, role);
        }
    }

    private async Task AddDocumentAsync(WorkspaceSnapshot workspace, string title, string text)
    {
        var listed = await grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateDocumentAsync(Seeder, title);
        await grains.GetGrain<IDocumentGrain>(listed.Id).SubmitAsync(
            Seeder, 0, [new UnconfirmedOperation(new OperationId("demo", 1), TextOperation.Replace(0, 0, 0, text))]);
    }

    private async Task AddTasksAsync(
        WorkspaceSnapshot workspace,
        params (string Title, int Column, string[] Labels, string[] Assignees, int DueInDays)[] tasks)
    {
        var grain = grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        foreach (var (title, column, labels, assignees, dueInDays) in tasks)
        {
            var draft = new TaskDraft(
                title,
                $"Ziel: {title}.\n\n- Abstimmung mit den Partnern\n- Ergebnis im Arbeitsraum ablegen",
                assignees,
                today.AddDays(dueInDays),
                labels,
                [new ChecklistItem("Vorgehen abstimmen", column > 0), new ChecklistItem("Ergebnis dokumentieren", column == 3)]);
            await grain.CreateTaskAsync(Seeder, workspace.Columns[column].Id, draft);
        }
    }
}
