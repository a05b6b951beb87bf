using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Services.Setup;

/// <summary>Loop checks of <see cref="RunSetupValidator"/>.</summary>
internal sealed partial class RunSetupValidator
{
    private void CheckLoops()
    {
        if (_request.Loops.Count == 0)
        {
            _errors.Add("Loops is empty: add at least one loop (normally a negative control, the test articles and a positive control).");
            return;
        }

        var positions = new HashSet<int>();
        for (var i = 0; i < _request.Loops.Count; i++)
        {
            var loop = _request.Loops[i];
            var field = $"Loops[{i}] (position {loop.Position})";
            if (loop.Position < 1 || loop.Position > RunSetupLimits.MaximumLoopPosition)
            {
                _errors.Add($"{field}.Position {loop.Position} is outside 1–{RunSetupLimits.MaximumLoopPosition}: use the rig slot number the loop sits in.");
            }
            else if (!positions.Add(loop.Position))
            {
                _errors.Add($"{field}.Position {loop.Position} is used by another loop: give each loop its own slot.");
            }

            CheckLoopArticle(field, loop);
            CheckLoopVolumes(field, loop);
            CheckLoopDonor(field, loop);
        }
    }

    private void CheckLoopArticle(string field, LoopSetup loop)
    {
        if (!Enum.IsDefined(loop.Role))
        {
            _errors.Add($"{field}.Role {(int)loop.Role} is not a loop role: use NegativeControl, TestArticle or PositiveControl.");
        }

        if (!Enum.IsDefined(loop.Vehicle))
        {
            _errors.Add($"{field}.Vehicle {(int)loop.Vehicle} is not a vehicle: use AbPlasma, HumanSerumAlbumin, Pbs or Medium.");
        }

        if (loop.Role == LoopRole.TestArticle && string.IsNullOrWhiteSpace(loop.CellProduct))
        {
            _errors.Add($"{field}.CellProduct is empty: a test-article loop needs the cell product it tests (e.g. \"BM-MSC\").");
        }

        if (loop.Passage is { } passage && (passage < 0 || passage > 100))
        {
            _errors.Add($"{field}.Passage is {passage}; the allowed range is 0–100: enter the passage number of the cells.");
        }

        RequireOptionalPercent(field + ".ViabilityPercent", loop.ViabilityPercent);
        RequireOptionalPercent(field + ".TissueFactorPositivePercent", loop.TissueFactorPositivePercent);
        if (!RequireRange(field + ".DoseCellsPerMilliliter", loop.DoseCellsPerMilliliter, 0, RunSetupLimits.MaximumDoseCellsPerMilliliter, "cells/mL", "enter the dose per mL of blood (default 15,000)"))
        {
            return;
        }

        if (loop.Role == LoopRole.NegativeControl && loop.DoseCellsPerMilliliter > 0)
        {
            _errors.Add($"{field}.DoseCellsPerMilliliter is {Number(loop.DoseCellsPerMilliliter)} cells/mL but a negative control carries vehicle only: set the dose to 0 or change the role.");
        }
        else if (loop.Role != LoopRole.NegativeControl && loop.DoseCellsPerMilliliter == 0)
        {
            _warnings.Add(new SetupWarning("dose_zero", field + ".DoseCellsPerMilliliter",
                $"A {loop.Role} loop with dose 0 cells/mL adds no cells: it behaves as a second negative control."));
        }
        else if (loop.DoseCellsPerMilliliter > RunSetupLimits.WarnDoseCellsPerMilliliter)
        {
            _warnings.Add(new SetupWarning("dose_high", field + ".DoseCellsPerMilliliter",
                $"Dose {Number(loop.DoseCellsPerMilliliter)} cells/mL is above {Number(RunSetupLimits.WarnDoseCellsPerMilliliter)} cells/mL (≈ {Number(DoseCalculator.CellsPerKilogramEquivalent(loop.DoseCellsPerMilliliter) / 1e6)} × 10⁶ cells/kg equivalent, far above the clinical 1–3 × 10⁶/kg); check the units (cells per mL of blood, default 15,000)."));
        }
    }

    private void CheckLoopVolumes(string field, LoopSetup loop)
    {
        var bloodOk = RequireRange(field + ".BloodVolumeMilliliters", loop.BloodVolumeMilliliters,
            RunSetupLimits.MinimumBloodVolumeMilliliters, RunSetupLimits.MaximumBloodVolumeMilliliters, "mL", "enter the blood volume filled into the loop (default 7 mL)");
        var vehicleOk = RequireRange(field + ".VehicleFractionPercent", loop.VehicleFractionPercent, 0, RunSetupLimits.MaximumVehicleFractionPercent, "% v/v", "enter the vehicle volume as percent of the blood volume (default 2 %)");
        if (vehicleOk && loop.VehicleFractionPercent > RunSetupLimits.WarnVehicleFractionPercent)
        {
            _warnings.Add(new SetupWarning("vehicle_fraction_high", field + ".VehicleFractionPercent",
                $"Vehicle {Number(loop.VehicleFractionPercent)} % v/v is above {Number(RunSetupLimits.WarnVehicleFractionPercent)} %: the dilution lowers cell counts and marker concentrations."));
        }

        if (bloodOk && GeometryOk())
        {
            var fill = LoopGeometry.FillRatio(loop.BloodVolumeMilliliters, _request.TubingInnerDiameterMillimeters, _request.LoopLengthCentimeters);
            var loopVolume = LoopGeometry.InternalVolumeMilliliters(_request.TubingInnerDiameterMillimeters, _request.LoopLengthCentimeters);
            if (fill < RunSetupLimits.MinimumFillRatio || fill > RunSetupLimits.MaximumFillRatio)
            {
                _errors.Add($"{field}.BloodVolumeMilliliters {Number(loop.BloodVolumeMilliliters)} mL fills {Number(fill)} of the {Number(loopVolume)} mL loop; the allowed fill ratio is {Number(RunSetupLimits.MinimumFillRatio)}–{Number(RunSetupLimits.MaximumFillRatio)}: adjust the blood volume or the tubing dimensions.");
            }
            else if (fill < RunSetupLimits.WarnMinimumFillRatio || fill > RunSetupLimits.WarnMaximumFillRatio)
            {
                _warnings.Add(new SetupWarning("fill_ratio", field + ".BloodVolumeMilliliters",
                    $"{Number(loop.BloodVolumeMilliliters)} mL fills {Number(fill)} of the {Number(loopVolume)} mL loop, outside {Number(RunSetupLimits.WarnMinimumFillRatio)}–{Number(RunSetupLimits.WarnMaximumFillRatio)}: the fill ratio changes shear and activation, so results are not comparable with half-filled loops."));
            }
        }

        _volumesToPipette[loop.Position] = null;
        if (loop.StockConcentrationCellsPerMilliliter is not { } stock)
        {
            return;
        }

        if (!double.IsFinite(stock) || stock <= 0)
        {
            _errors.Add($"{field}.StockConcentrationCellsPerMilliliter is {Number(stock)}; it must be above 0 cells/mL: enter the counted concentration of the cell stock, or leave it empty.");
            return;
        }

        if (!bloodOk || !vehicleOk || !double.IsFinite(loop.DoseCellsPerMilliliter) || loop.DoseCellsPerMilliliter < 0
            || loop.DoseCellsPerMilliliter > RunSetupLimits.MaximumDoseCellsPerMilliliter)
        {
            return;
        }

        var pipette = DoseCalculator.VolumeToPipetteMicroliters(loop.DoseCellsPerMilliliter, loop.BloodVolumeMilliliters, stock);
        var allowance = DoseCalculator.VehicleVolumeMicroliters(loop.VehicleFractionPercent, loop.BloodVolumeMilliliters);
        _volumesToPipette[loop.Position] = pipette;
        if (pipette > allowance)
        {
            _errors.Add($"{field}: the cell stock to pipette is {Number(pipette)} µL, more than the {Number(allowance)} µL vehicle allowance ({Number(loop.VehicleFractionPercent)} % of {Number(loop.BloodVolumeMilliliters)} mL): concentrate the stock to at least {Number(DoseCalculator.CellsPerLoop(loop.DoseCellsPerMilliliter, loop.BloodVolumeMilliliters) / allowance * 1000)} cells/mL or raise the vehicle fraction.");
        }
    }

    private void CheckLoopDonor(string field, LoopSetup loop)
    {
        if (string.IsNullOrWhiteSpace(loop.DonorPseudonymousId))
        {
            _errors.Add($"{field}.DonorPseudonymousId is empty: name the donor whose blood fills this loop.");
            return;
        }

        AboGroup group;
        if (RequestDonors.TryGetValue(loop.DonorPseudonymousId, out var donor))
        {
            group = donor.AboGroup;
        }
        else if (_refs.StoredDonors.TryGetValue(loop.DonorPseudonymousId, out var stored))
        {
            group = stored.AboGroup;
        }
        else
        {
            _errors.Add($"{field}.DonorPseudonymousId '{loop.DonorPseudonymousId}' is not a known donor: add it to Donors (ABO group, anticoagulant, draw time).");
            return;
        }

        if (loop.Vehicle != Vehicle.AbPlasma || group == AboGroup.AB)
        {
            return;
        }

        var message = group switch
        {
            AboGroup.O => $"AB-plasma vehicle with blood group O donor '{loop.DonorPseudonymousId}': cells adsorb A/B antigen from AB plasma and group O blood carries high-titre anti-A and anti-B, so the loop reacts more strongly than the cells themselves would (Moll 2014, PLoS One 9:e85040). Use human serum albumin as vehicle.",
            AboGroup.Unknown => $"AB-plasma vehicle with donor '{loop.DonorPseudonymousId}' of unknown blood group: if the donor is O (or A/B) the anti-A/B antibodies react with A/B antigen the cells adsorb from AB plasma (Moll 2014). Type the donor or use human serum albumin.",
            _ => $"AB-plasma vehicle with blood group {group} donor '{loop.DonorPseudonymousId}': the donor's anti-{(group == AboGroup.A ? "B" : "A")} antibodies react with antigen the cells adsorb from AB plasma (Moll 2014). Human serum albumin avoids this.",
        };
        _warnings.Add(new SetupWarning(group == AboGroup.O ? "abo_vehicle_o_donor" : "abo_vehicle", field + ".Vehicle", message));
    }

    private void CheckControls()
    {
        if (_request.Loops.Count == 0)
        {
            return;
        }

        if (!_request.Loops.Any(l => l.Role == LoopRole.NegativeControl))
        {
            _warnings.Add(new SetupWarning("no_negative_control", nameof(RunSetupRequest.Loops),
                "No negative-control (vehicle-only) loop: the model's own background activation cannot be separated from the cells' effect, and fold changes cannot be computed."));
        }

        if (!_request.Loops.Any(l => l.Role == LoopRole.PositiveControl))
        {
            _warnings.Add(new SetupWarning("no_positive_control", nameof(RunSetupRequest.Loops),
                "No positive-control loop (e.g. fibroblasts at the same dose): without it a run cannot show that the blood was able to respond, so it cannot pass acceptance."));
        }
    }

    private bool GeometryOk() =>
        double.IsFinite(_request.TubingInnerDiameterMillimeters) && double.IsFinite(_request.LoopLengthCentimeters)
        && _request.TubingInnerDiameterMillimeters >= LoopGeometry.MinimumInnerDiameterMillimeters
        && _request.TubingInnerDiameterMillimeters <= LoopGeometry.MaximumInnerDiameterMillimeters
        && _request.LoopLengthCentimeters >= LoopGeometry.MinimumLengthCentimeters
        && _request.LoopLengthCentimeters <= LoopGeometry.MaximumLengthCentimeters;

    private void RequireOptionalPercent(string field, double? value)
    {
        if (value is { } percent)
        {
            RequireRange(field, percent, 0, 100, "%", "enter a percentage between 0 and 100");
        }
    }
}
