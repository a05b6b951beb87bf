using ChandlerLoop.Host.Services.Setup;
using Microsoft.AspNetCore.Components;

namespace ChandlerLoop.Host.Web.Pages.Runs.New;

/// <summary>
/// /runs/{id}/edit: the same form filled with a draft's stored set-up; "Save changes" sends it with a
/// reason to <see cref="RunSetupService.UpdateDraftAsync"/> (validated like creation, audited, refused
/// once pre-warming has started).
/// </summary>
public sealed partial class NewRun
{
    private RunDraft? _draft;
    private bool _editRefused;
    private string? _reason;

    /// <summary>The draft being changed; null on /runs/new.</summary>
    [Parameter]
    public long? RunId { get; set; }

    private bool IsEdit => RunId is not null;

    private async Task LoadDraftAsync()
    {
        try
        {
            _draft = await Setup.LoadDraftAsync(RunId!.Value);
            _form = RunSetupForm.FromRequest(_draft.Request);
        }
        catch (DraftNotEditableException refused)
        {
            RefuseEdit(refused);
        }
    }

    private void RefuseEdit(DraftNotEditableException refused)
    {
        _editRefused = true;
        _loadError = refused.Message;
        _messages = [];
    }

    private async Task SaveDraftAsync()
    {
        if (_created is not null || _busy || _draft is null)
        {
            return;
        }

        _attempt++;
        var user = await Current.GetAsync();
        _preview = false;
        _checkedClean = false;
        _liveCheck = true;
        if (RefusedBeforeService(user) is { } notSent)
        {
            _messages = notSent;
            return;
        }

        _busy = true;
        try
        {
            _created = await Setup.UpdateDraftAsync(_draft.RunId, _form.ToRequest(user.UserName, _draft.Request.IsSimulated), _reason ?? "");
            _messages = _created.Warnings.Select(SetupMessage.FromWarning).ToList();
        }
        catch (SetupValidationException refused)
        {
            _messages = refused.Errors.Select(SetupMessage.FromError).ToList();
        }
        catch (DraftNotEditableException refused)
        {
            RefuseEdit(refused);
        }
        finally
        {
            _busy = false;
        }
    }
}
