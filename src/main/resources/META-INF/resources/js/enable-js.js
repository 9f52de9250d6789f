// Loaded at the start of <body>, before the page is drawn, so GOV.UK Frontend's styles for scripted components apply
// without a flash. A file, not an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
