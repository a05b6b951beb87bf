using ChandlerLoop.Host.Cli;

namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>
/// Flattens a <see cref="RunDossier"/> into the export tables, in file order: run, rig, loops,
/// donors, samples, results, clot_scores, deviations, signatures, acceptance_checks, telemetry,
/// events, audit. Times are UTC; units are in the column names (docs in RunExportLayout).
/// </summary>
internal static class RunExportTables
{
    /// <summary>The tables of <paramref name="d"/>, exported at <paramref name="exportedAtUtc"/>.</summary>
    public static IReadOnlyList<ExportTable> Build(RunDossier d, DateTime exportedAtUtc)
    {
        var r = d.Run;
        var run = new ExportTable("run", "run_key", "run_id", "is_simulated", "rig_key", "state", "is_locked", "operator_user", "operator_name",
            "protocol_name", "protocol_version", "created_utc", "prewarm_started_utc", "ready_utc", "loaded_utc", "ended_utc", "end_reason",
            "notes", "acceptance_outcome", "acceptance_evaluated_utc", "audit_head_hash", "exported_utc",
            "tubing_material", "tubing_coating", "tubing_inner_diameter_millimeters", "loop_length_centimeters", "loop_internal_volume_milliliters");
        double? loopVolume = r.TubingInnerDiameterMillimeters is { } diameter && r.LoopLengthCentimeters is { } length
            ? Services.Setup.LoopGeometry.InternalVolumeMilliliters(diameter, length)
            : null;
        run.Add(r.RunKey, r.Id, r.IsSimulated, r.Rig?.RigKey, CliFormat.Kebab(r.State), r.IsLocked, r.Operator?.UserName, r.Operator?.FullName,
            r.ProtocolTemplate?.Name, r.ProtocolTemplate?.Version, r.CreatedAtUtc, r.PrewarmStartedAtUtc, r.ReadyAtUtc, r.LoadedAtUtc, r.EndedAtUtc, r.EndReason,
            r.Notes, r.AcceptanceOutcome, r.AcceptanceEvaluatedAtUtc, d.AuditHeadHash, exportedAtUtc,
            r.TubingMaterial, r.TubingCoating, r.TubingInnerDiameterMillimeters, r.LoopLengthCentimeters, loopVolume);

        var rig = new ExportTable("rig", "rig_key", "name", "firmware_version", "calibration_temperature_offset_celsius",
            "calibration_reference_thermometer", "calibration_tachometer_speed_rpm", "calibrated_at_utc", "calibration_due_utc");
        if (r.Rig is { } g)
        {
            rig.Add(g.RigKey, g.Name, g.FirmwareVersion, g.CalibrationTemperatureOffsetCelsius, g.CalibrationReferenceThermometer,
                g.CalibrationTachometerSpeedRpm, g.CalibratedAtUtc, g.CalibrationDueUtc);
        }

        var loops = new ExportTable("loops", "loop_id", "position", "role", "cell_product", "tissue_source", "cell_lot", "passage", "viability_percent",
            "tissue_factor_positive_percent", "dose_cells_per_milliliter", "stock_concentration_cells_per_milliliter", "volume_to_pipette_microliters",
            "blood_volume_milliliters", "vehicle", "vehicle_fraction_percent", "donor", "loaded_utc", "fill_fraction_percent");
        foreach (var l in d.Loops)
        {
            loops.Add(l.Id, l.Position, CliFormat.Kebab(l.Role), l.CellProduct, l.TissueSource, l.CellLot, l.Passage, l.ViabilityPercent,
                l.TissueFactorPositivePercent, l.DoseCellsPerMilliliter, l.StockConcentrationCellsPerMilliliter, l.VolumeToPipetteMicroliters,
                l.BloodVolumeMilliliters, CliFormat.Kebab(l.Vehicle), l.VehicleFractionPercent, l.Donor?.PseudonymousId, l.LoadedAtUtc,
                Services.Setup.LoopGeometry.FillPercent(l.BloodVolumeMilliliters, r.TubingInnerDiameterMillimeters, r.LoopLengthCentimeters));
        }

        var donors = new ExportTable("donors", "donor", "abo_group", "anticoagulant", "anticoagulant_dose_iu_per_milliliter", "anticoagulant_lot", "drawn_utc",
            "sex", "age_band", "medication_free_days", "infection_screen");
        foreach (var x in d.Donors)
        {
            donors.Add(x.PseudonymousId, x.AboGroup.ToString(), x.Anticoagulant, x.AnticoagulantDoseIuPerMilliliter, x.AnticoagulantLot, x.DrawnAtUtc,
                x.Sex is { } sex ? CliFormat.Kebab(sex) : null, x.AgeBand, x.MedicationFreeDays, x.InfectionScreen is { } screen ? CliFormat.Kebab(screen) : null);
        }

        var samples = new ExportTable("samples", "sample_id", "loop_position", "schedule_index", "planned_offset_minutes", "taken_utc",
            "actual_exposure_seconds", "tube_id", "volume_milliliters", "on_ice_utc", "centrifuged_utc", "storage_temperature_celsius");
        foreach (var s in d.Samples)
        {
            samples.Add(s.Id, d.PositionOf(s.LoopId), s.ScheduleIndex, s.PlannedOffsetMinutes, s.TakenAtUtc, s.ActualExposureSeconds, s.TubeId,
                s.VolumeMilliliters, s.OnIceAtUtc, s.CentrifugedAtUtc, s.StorageTemperatureCelsius);
        }

        var results = new ExportTable("results", "result_id", "sample_id", "loop_position", "schedule_index", "analyte", "value", "unit", "raw_value",
            "raw_unit", "dilution_factor", "below_lloq", "above_uloq", "lloq_value", "uloq_value", "method", "kit_lot", "source", "entered_by", "entered_utc");
        foreach (var m in d.Results)
        {
            var sample = d.SampleOf(m.SampleId);
            results.Add(m.Id, m.SampleId, sample is null ? null : d.PositionOf(sample.LoopId), sample?.ScheduleIndex, m.Analyte, m.Value, m.Unit,
                m.RawValue, m.RawUnit, m.DilutionFactor, m.IsBelowLloq, m.IsAboveUloq, m.LloqValue, m.UloqValue, m.Method, m.KitLot, m.Source,
                m.EnteredBy?.UserName, m.EnteredAtUtc);
        }

        var clots = new ExportTable("clot_scores", "clot_score_id", "loop_position", "score_0_to_4", "wet_weight_milligrams", "photo_path", "photo_sha256", "scorer", "scored_utc");
        foreach (var c in d.ClotScores)
        {
            clots.Add(c.Id, d.PositionOf(c.LoopId), c.Score, c.WetWeightMilligrams, c.PhotoPath, c.PhotoSha256, c.Scorer?.UserName, c.ScoredAtUtc);
        }

        var deviations = new ExportTable("deviations", "deviation_id", "code", "what", "impact", "is_automatic", "recorded_utc", "disposition", "disposition_by", "dispositioned_utc");
        foreach (var x in d.Deviations)
        {
            deviations.Add(x.Id, x.Code, x.What, x.Impact, x.IsAutomatic, x.RecordedAtUtc, x.Disposition, x.DispositionByUserName, x.DispositionedAtUtc);
        }

        var signatures = new ExportTable("signatures", "signature_id", "meaning", "printed_name", "user", "signed_utc");
        foreach (var s in d.Signatures)
        {
            signatures.Add(s.Id, CliFormat.Kebab(s.Meaning), s.PrintedName, s.User?.UserName, s.SignedAtUtc);
        }

        var checks = new ExportTable("acceptance_checks", "code", "title", "passed", "value", "limit", "unit", "detail");
        foreach (var c in AcceptanceChecklist.Read(r.AcceptanceJson, out _))
        {
            checks.Add(c.Code, c.Title, c.Passed, c.Value, c.Limit, c.Unit, c.Detail);
        }

        var telemetry = new ExportTable("telemetry", "sequence", "time_since_boot_seconds", "received_utc", "state", "control_temperature_celsius",
            "safety_temperature_celsius", "setpoint_celsius", "heater_duty_cycle", "drum_speed_rpm", "drum_speed_setpoint_rpm", "exposure_seconds", "fault", "was_replayed");
        foreach (var t in d.Telemetry)
        {
            telemetry.Add(t.Sequence, t.TimeSinceBootSeconds, t.ReceivedAtUtc, t.State, t.ControlTemperatureCelsius, t.SafetyTemperatureCelsius,
                t.SetpointCelsius, t.HeaterDutyCycle, t.DrumSpeedRpm, t.DrumSpeedSetpointRpm, t.ExposureSeconds, t.Fault, t.WasReplayed);
        }

        var events = new ExportTable("events", "event_id", "kind", "time_since_boot_seconds", "received_utc", "payload_json");
        foreach (var e in d.Events)
        {
            events.Add(e.Id, e.Kind, e.TimeSinceBootSeconds, e.ReceivedAtUtc, e.PayloadJson);
        }

        var audit = new ExportTable("audit", "audit_id", "timestamp_utc", "user", "entity_type", "entity_id", "action", "field", "old_value", "new_value", "reason", "previous_hash", "hash");
        foreach (var a in d.AuditEntries)
        {
            audit.Add(a.Id, a.TimestampUtc, a.UserName, a.EntityType, a.EntityId, a.Action, a.Field, a.OldValue, a.NewValue, a.Reason, a.PreviousHash, a.Hash);
        }

        return [run, rig, loops, donors, samples, results, clots, deviations, signatures, checks, telemetry, events, audit];
    }
}
