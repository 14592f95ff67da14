import { Link } from '../router';
import { Icon } from './icon';

/** The trail from the help-centre home to the current page (the last crumb is the page itself). */
export function Breadcrumbs({ trail }: { trail: ReadonlyArray<{ label: string; href?: string }> }) {
  return (
    <nav aria-label="Breadcrumb" className="pw-breadcrumbs">
      <ol>
        <li>
          <Link href="/">Help Centre</Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.label}>
            <Icon name="chevron" size={14} />
            {crumb.href ? (
              <Link href={crumb.href}>{crumb.label}</Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
