// The CSS variable holding the scan footer's height; pickers use it as scroll margin (no imports: styles read it).

export const FOOTER_SPACE = '--teamscan-footer-space';
