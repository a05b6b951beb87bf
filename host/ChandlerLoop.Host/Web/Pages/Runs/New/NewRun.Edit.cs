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
        if (_created is not null || _draft is null)
        {
            return;
        }

        var draft = _draft;
        await SubmitAsync(user => Setup.UpdateDraftAsync(draft.RunId, _form.ToRequest(user.UserName, draft.Request.IsSimulated), _reason ?? ""));
    }
}
