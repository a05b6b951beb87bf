using ChandlerLoop.Data.Entities;
using Spectre.Console;
using static ChandlerLoop.Host.Cli.CliFormat;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>Prints a <see cref="RunDossier"/> as headed Spectre tables.</summary>
internal static class RunShowWriter
{
    /// <summary>Writes every section of <paramref name="d"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, RunDossier d)
    {
        var run = d.Run;
        console.Write(new Rule(Markup.Escape("Run " + run.RunKey + (run.IsSimulated ? " (SIMULATED)" : ""))).LeftJustified());
        var header = new Grid().AddColumn().AddColumn();
        void Field(string name, string value) => header.AddRow(Markup.Escape(name), Markup.Escape(value));
        Field("Rig", (run.Rig?.RigKey ?? "?") + (run.Rig?.CalibratedAtUtc is { } cal ? " (calibrated " + Time(cal) + ", due " + Time(run.Rig.CalibrationDueUtc) + ")" : " (no calibration on record)"));
        Field("Protocol", (run.ProtocolTemplate?.Name ?? "?") + " v" + (run.ProtocolTemplate?.Version ?? 0));
        Field("Operator", (run.Operator?.FullName ?? "?") + " (" + (run.Operator?.UserName ?? "?") + ")");
        Field("State", Kebab(run.State) + (run.IsLocked ? ", locked" : "") + (run.EndReason is null ? "" : ", end reason: " + run.EndReason));
        Field("Created / pre-warm / ready", Time(run.CreatedAtUtc) + " / " + Time(run.PrewarmStartedAtUtc) + " / " + Time(run.ReadyAtUtc));
        Field("Loaded / ended", Time(run.LoadedAtUtc) + " / " + Time(run.EndedAtUtc));
        Field("Simulated", run.IsSimulated ? "YES: example data, not a real experiment" : "no");
        Field("Acceptance", (run.AcceptanceOutcome ?? "not evaluated") + (run.AcceptanceEvaluatedAtUtc is { } at ? " at " + Time(at) : ""));
        Field("Telemetry / events", d.Telemetry.Count + " points / " + d.Events.Count + " events");
        if (!string.IsNullOrWhiteSpace(run.Notes))
        {
            Field("Notes", run.Notes);
        }

        console.Write(header);

        Section(console, "Loops", ["Pos", "Role", "Product", "Source", "Lot", "Dose (cells/mL)", "Blood (mL)", "Pipette (µL)", "Vehicle", "Donor", "Loaded"],
            d.Loops.Select(l => new[]
            {
                l.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Kebab(l.Role), l.CellProduct ?? "—", l.TissueSource ?? "—", l.CellLot ?? "—",
                Number(l.DoseCellsPerMilliliter, 0), Number(l.BloodVolumeMilliliters), Number(l.VolumeToPipetteMicroliters, 1),
                Kebab(l.Vehicle) + " " + Number(l.VehicleFractionPercent, 1) + " %", l.Donor?.PseudonymousId ?? "?", Time(l.LoadedAtUtc),
            }));
        Section(console, "Donors", ["Donor", "ABO", "Anticoagulant", "Dose (IU/mL)", "Lot", "Drawn"],
            d.Donors.Select(x => new[] { x.PseudonymousId, x.AboGroup.ToString(), x.Anticoagulant, Number(x.AnticoagulantDoseIuPerMilliliter), x.AnticoagulantLot ?? "—", Time(x.DrawnAtUtc) }));
        Section(console, "Samples", ["Loop", "#", "Planned (min)", "Taken", "Exposure (s)", "Tube", "On ice", "Centrifuged"],
            d.Samples.Select(s => new[]
            {
                d.PositionOf(s.LoopId).ToString(System.Globalization.CultureInfo.InvariantCulture), s.ScheduleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Number(s.PlannedOffsetMinutes, 1), Time(s.TakenAtUtc), Number(s.ActualExposureSeconds, 0), s.TubeId ?? "—", Time(s.OnIceAtUtc), Time(s.CentrifugedAtUtc),
            }));
        Section(console, "Results", ["Loop", "t (min)", "Analyte", "Value", "Unit", "Flags", "Source", "Entered by"],
            d.Results.Select(r =>
            {
                var sample = d.SampleOf(r.SampleId);
                var flags = (r.IsBelowLloq ? "<LLOQ " : "") + (r.IsAboveUloq ? ">ULOQ" : "");
                return new[]
                {
                    sample is null ? "?" : d.PositionOf(sample.LoopId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Number(sample?.PlannedOffsetMinutes, 1), r.Analyte, Number(r.Value, 3), r.Unit, flags.Trim(), r.Source, r.EnteredBy?.UserName ?? "?",
                };
            }));
        Section(console, "Clot scores", ["Loop", "Score (0–4)", "Wet weight (mg)", "Scorer", "Scored"],
            d.ClotScores.Select(c => new[] { d.PositionOf(c.LoopId).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), Number(c.WetWeightMilligrams, 1), c.Scorer?.UserName ?? "?", Time(c.ScoredAtUtc) }));
        Section(console, "Deviations", ["Code", "What", "Impact", "Disposition", "Recorded"],
            d.Deviations.Select(x => new[] { x.Code, x.What, x.Impact ?? "—", x.Disposition is null ? "open" : x.Disposition + " (" + x.DispositionByUserName + ")", Time(x.RecordedAtUtc) }));
        Section(console, "Signatures", ["Meaning", "Name", "User", "Signed"],
            d.Signatures.Select(s => new[] { Kebab(s.Meaning), s.PrintedName, s.User?.UserName ?? "?", Time(s.SignedAtUtc) }));

        var checks = AcceptanceChecklist.Read(run.AcceptanceJson, out var problem);
        if (problem is not null)
        {
            console.WriteLine("Acceptance checklist: " + problem);
        }
        else
        {
            Section(console, "Acceptance checklist (" + (run.AcceptanceOutcome ?? "?") + ")", ["", "Check", "Value", "Limit", "Detail"],
                checks.Select(c => new[] { c.Passed switch { true => "PASS", false => "FAIL", null => "?" }, c.Title.Length > 0 ? c.Title : c.Code, (c.Value + " " + c.Unit).Trim(), (c.Limit + " " + c.Unit).Trim(), c.Detail }));
        }
    }

    private static void Section(IAnsiConsole console, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            console.WriteLine(title + ": none");
            return;
        }

        var table = new Table().Title(Markup.Escape(title));
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in list)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }
}
