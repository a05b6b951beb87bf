// Small browser helpers of the ChandlerLoop web app, called through JS interop.
window.chandler = {
    // Marks the page once its interactive circuit runs (tests and the print view wait for it).
    markInteractive: function () { document.body.setAttribute('data-interactive', 'true'); },
    // Opens the browser's print dialog (the report page's "Print / save as PDF").
    print: function () { window.print(); },
    // Offers text content as a file download.
    download: function (fileName, mimeType, text) {
        const blob = new Blob([text], { type: mimeType });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        URL.revokeObjectURL(link.href);
    }
};
