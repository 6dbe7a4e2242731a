// Renders the exported survey with SurveyJS (globals from the UMD builds).
/* global Survey, SurveyUI, RLS_SURVEY */
const model = new Survey.Model(RLS_SURVEY);
SurveyUI.renderSurvey(model, document.getElementById('survey'));
