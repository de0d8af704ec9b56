// The one script of our own: applies the stored theme before the first paint, and runs the theme
// button (system -> light -> dark), whose label it writes in the site's language. Inline in
// <head>, plain JS, no React. Without JavaScript the button stays hidden and the page follows the
// system theme through CSS alone.

export const THEME_STORAGE_KEY = 'theme';
export const THEME_BUTTON_ID = 'theme-toggle';

export interface ThemeLabels {
  system: string;
  light: string;
  dark: string;
}

/** The script's text for the given button labels (its hash is what the CSP allows). */
export function themeScript(labels: ThemeLabels): string {
  return `(function(){
var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=["system","light","dark"],l=${JSON.stringify([labels.system, labels.light, labels.dark]).replace(/</g, '\\u003c')},s;
function get(){try{s=localStorage.getItem(k)||s}catch(e){}return m.indexOf(s)>0?s:m[0]}
function show(t){if(t===m[0])d.removeAttribute("data-theme");else d.setAttribute("data-theme",t);
var b=document.getElementById(${JSON.stringify(THEME_BUTTON_ID)});if(b){b.setAttribute("data-mode",t);
b.lastChild.textContent=l[m.indexOf(t)]}}
show(get());
document.addEventListener("DOMContentLoaded",function(){
var b=document.getElementById(${JSON.stringify(THEME_BUTTON_ID)});if(!b)return;
show(get());b.hidden=false;
b.addEventListener("click",function(){s=m[(m.indexOf(get())+1)%3];
try{localStorage.setItem(k,s)}catch(e){}show(s)})})})();`;
}

/** The script a site's pages carry, from its interface words (site.yml's `ui`). */
export function siteThemeScript(ui: { theme_system: string; theme_light: string; theme_dark: string }): string {
  return themeScript({ system: ui.theme_system, light: ui.theme_light, dark: ui.theme_dark });
}
