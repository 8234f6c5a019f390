// Entry of dist/addin/bind.js: the binding flow's kit, which the task pane loads only for a workbook without a Teammatrix.

export { bindText, isTeamscanSheet, proposeBinding } from '../../shared/ui/bind/kit';
